import sharp from 'sharp';
const { analysePhoto } = await import('/work/wt/analysis/dist/analyse/analyse-photo.js');
const { loadFaceModels } = await import('/work/wt/analysis/dist/analyse/faces.js');
const { loadPeopleSegmenter } = await import('/work/wt/analysis/dist/analyse/people-segmenter.js');
const { loadTf } = await import('/work/wt/analysis/dist/analyse/tf.js');
if (process.env.NOCACHE) sharp.cache(false);
const mb = (v) => (v / 1048576).toFixed(0);
const tf = await loadTf();
const show = (w) => console.log(w.padEnd(22), 'wasm', mb(tf.backend().wasm.HEAPU8.buffer.byteLength), 'rss', mb(process.memoryUsage().rss), 'heapTotal', mb(process.memoryUsage().heapTotal), 'ext', mb(process.memoryUsage().external));
show('tf');
await loadFaceModels(); await loadPeopleSegmenter(); show('models');
for (const p of process.argv.slice(2)) { await analysePhoto(p); show(p.split('/').pop()); }
