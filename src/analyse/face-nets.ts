import type { Tfjs } from './tf.js';

/**
 * Memory-lean forward passes for face-api's two detectors: the same layers, the same weights, the same
 * outputs, put in place of each network's own `forwardInput`, so face-api still prepares the input and
 * reads the boxes.
 *
 * Why: face-api runs a whole network inside one `tf.tidy`, which keeps every layer's activations until
 * the pass ends. On TensorFlow.js's WebAssembly backend the heap grows to that sum and never shrinks:
 * about 200 MB after one SSD pass (512 px) and 1 GB after one tiny-detector pass at 1280 px. Here each
 * activation is freed as soon as the next layer has read it, and bias and activation run inside the
 * convolution, so a pass needs little more than its largest layer's input and output.
 */
type Tensor = import('@tensorflow/tfjs').Tensor;
type Tensor1D = import('@tensorflow/tfjs').Tensor1D;
type Tensor2D = import('@tensorflow/tfjs').Tensor2D;
type Tensor4D = import('@tensorflow/tfjs').Tensor4D;
type FaceApi = typeof import('@vladmandic/face-api/dist/face-api.node-wasm.js');

/** What the lean passes use of face-api's networks and inputs (face-api bundles its own tfjs types). */
interface NetInput {
  toBatchTensor(inputSize: number, isCenterInputs?: boolean): unknown;
}
interface TinyNet {
  params: unknown;
  config: { meanRgb?: number[] };
  forwardInput(input: NetInput, inputSize: number): Tensor4D;
}
interface SsdNet {
  params: unknown;
  forwardInput(input: NetInput): { boxes: Tensor2D[]; scores: Tensor1D[] };
}

interface ConvParams {
  filters: Tensor4D;
  bias: Tensor1D;
}
interface SeparableConvParams {
  depthwise_filter: Tensor4D;
  pointwise_filter: Tensor4D;
  bias: Tensor1D;
}
interface TinyParams {
  conv0: ConvParams | SeparableConvParams;
  conv1: SeparableConvParams;
  conv2: SeparableConvParams;
  conv3: SeparableConvParams;
  conv4: SeparableConvParams;
  conv5: SeparableConvParams;
  conv6?: SeparableConvParams;
  conv7?: SeparableConvParams;
  conv8: ConvParams;
}
interface PointwiseParams {
  filters: Tensor4D;
  batch_norm_offset: Tensor1D;
}
interface DepthwiseParams {
  filters: Tensor4D;
  batch_norm_scale: Tensor1D;
  batch_norm_offset: Tensor1D;
  batch_norm_mean: Tensor1D;
  batch_norm_variance: Tensor1D;
}
interface BoxPredictorParams {
  box_encoding_predictor: ConvParams;
  class_predictor: ConvParams;
}
interface SsdParams {
  mobilenetv1: { conv_0: PointwiseParams } & Record<
    string,
    { depthwise_conv: DepthwiseParams; pointwise_conv: PointwiseParams }
  >;
  prediction_layer: Record<string, PointwiseParams> & Record<string, BoxPredictorParams>;
  output_layer: { extra_dim: Tensor };
}

/** face-api's leaky ReLU: relu(x − 0.1x) + 0.1x, which is leaky ReLU with slope 0.1. */
const LEAKY_ALPHA = 0.10000000149011612;
/** face-api's SSD batch-norm epsilon. */
const BN_EPSILON = 0.0010000000474974513;

/** `next(x)`, then `x` is freed: the previous activation lives only until the next one exists. */
function step<T extends Tensor>(x: Tensor, next: (x: Tensor) => T): T {
  try {
    return next(x);
  } finally {
    x.dispose();
  }
}

/** Puts the lean passes in place of face-api's on the two loaded networks (once; later calls do nothing). */
export function leanFaceNets(faceapi: FaceApi, tf: Tfjs): void {
  const tiny = faceapi.nets.tinyFaceDetector as unknown as TinyNet;
  const ssd = faceapi.nets.ssdMobilenetv1 as unknown as SsdNet;
  if (Object.hasOwn(tiny, 'forwardInput')) return;
  const tinyParams = tiny.params as TinyParams | undefined;
  const ssdParams = ssd.params as SsdParams | undefined;
  if (!tinyParams || !ssdParams) throw new Error('load the face models before replacing their passes');
  const { meanRgb } = tiny.config;
  const folded = foldBatchNorms(tf, ssdParams);

  tiny.forwardInput = (input: NetInput, inputSize: number): Tensor4D => {
    const x = tf.tidy(() => {
      let batch: Tensor = tf.cast(input.toBatchTensor(inputSize, false) as Tensor4D, 'float32');
      if (meanRgb) batch = tf.sub(batch, tf.tensor1d(meanRgb, 'float32'));
      return tf.div(batch, 255);
    });
    return tinyPass(tf, tinyParams, x);
  };

  ssd.forwardInput = (input: NetInput) => {
    const x = tf.tidy(() =>
      tf.sub(tf.div(tf.cast(input.toBatchTensor(512, false) as Tensor4D, 'float32'), 127.5), 1),
    );
    const { boxes, scores } = ssdPass(tf, ssdParams, folded, x);
    try {
      return tf.tidy(() => outputLayer(tf, boxes, scores, ssdParams.output_layer.extra_dim));
    } finally {
      boxes.dispose();
      scores.dispose();
    }
  };

  // Every convolution's packed weights are made on its first run and kept. Made now, on a small input,
  // they sit together at the bottom of the heap instead of between a first photo's large activations,
  // which would leave holes too small for the next photo's.
  tf.dispose(tinyPass(tf, tinyParams, tf.zeros([1, 64, 64, 3])));
  tf.dispose(Object.values(ssdPass(tf, ssdParams, folded, tf.zeros([1, 64, 64, 3]))));
}

/** The tiny detector (a MobileNet with leaky ReLUs): grid of box encodings for a prepared input. */
function tinyPass(tf: Tfjs, params: TinyParams, input: Tensor): Tensor4D {
  const leaky = { activation: 'leakyrelu', leakyreluAlpha: LEAKY_ALPHA } as const;
  const separable = (p: SeparableConvParams) => (t: Tensor) =>
    step(tf.depthwiseConv2d(t as Tensor4D, p.depthwise_filter, 1, 'same'), (d) =>
      tf.fused.conv2d({
        x: d as Tensor4D,
        filter: p.pointwise_filter,
        strides: 1,
        pad: 'valid',
        bias: p.bias,
        ...leaky,
      }),
    );
  const pool = (stride: 1 | 2) => (t: Tensor) => tf.maxPool(t as Tensor4D, [2, 2], stride, 'same');
  const first = params.conv0;
  let x =
    'filters' in first
      ? step(input, (t) => bandedFirstLayer(tf, t as Tensor4D, first, leaky))
      : step(step(input, separable(first)), pool(2));
  for (const layer of [params.conv1, params.conv2, params.conv3, params.conv4]) {
    x = step(x, separable(layer));
    x = step(x, pool(2));
  }
  x = step(x, separable(params.conv5));
  x = step(x, pool(1));
  if (params.conv6) x = step(x, separable(params.conv6));
  if (params.conv7) x = step(x, separable(params.conv7));
  return step(x, (t) =>
    tf.fused.conv2d({
      x: t as Tensor4D,
      filter: params.conv8.filters,
      strides: 1,
      pad: 'valid',
      bias: params.conv8.bias,
    }),
  );
}

/** Most rows of the first layer's output computed at a time. */
const FIRST_LAYER_BAND = 128;

/**
 * The tiny detector's first layer (a 3×3 convolution, then a 2×2 max pool), computed in bands of rows.
 * Its output is the network's largest activation, 16 channels at almost the input's size: 23 MB for a
 * 608 px input, and a block that size is where TensorFlow's heap grew to its high-water mark. A band
 * needs its rows and two more of the input; pooling pairs of rows never crosses a band's edge, and each
 * output value is computed exactly as in one pass, so the result is the same, bit for bit.
 *
 * The bands all have one shape (the last starts early, and the rows it repeats are dropped after
 * pooling): the convolution is set up once for a shape and again for any other, and bands of two
 * alternating shapes made a 512 px tile take half as long again as one pass.
 */
function bandedFirstLayer(
  tf: Tfjs,
  input: Tensor4D,
  p: ConvParams,
  leaky: { activation: 'leakyrelu'; leakyreluAlpha: number },
): Tensor4D {
  const [batch, height, width, channels] = input.shape;
  const rows = height - 2; // a 'valid' 3×3 convolution
  const count = Math.ceil(rows / FIRST_LAYER_BAND);
  const band = Math.min(rows, 2 * Math.ceil(rows / count / 2)); // even, so each band pools on its own
  const bands: Tensor4D[] = [];
  try {
    for (let k = 0; k < count; k++) {
      // The last band ends with the last row; where that would start it on an odd row (an odd number
      // of rows), it is simply shorter.
      const end = Math.min(rows, (k + 1) * band);
      const r0 = (end - band) % 2 === 0 ? Math.max(0, end - band) : k * band;
      const repeated = (k * band - r0) / 2; // pooled rows the band before already has
      bands.push(
        tf.tidy(() => {
          const slab = tf.slice(input, [0, r0, 0, 0], [batch, end - r0 + 2, width, channels]);
          const conv = tf.fused.conv2d({
            x: slab,
            filter: p.filters,
            strides: 1,
            pad: 'valid',
            bias: p.bias,
            ...leaky,
          });
          const pooled = tf.maxPool(conv, [2, 2], 2, 'same');
          return repeated > 0 ? tf.slice(pooled, [0, repeated, 0, 0], [-1, -1, -1, -1]) : pooled;
        }),
      );
    }
    return bands.length === 1 ? bands.pop()! : (tf.concat(bands, 1) as Tensor4D);
  } finally {
    tf.dispose(bands);
  }
}

/** SSD's depthwise layers with their batch norm folded into filter and bias (so one fused kernel each). */
interface FoldedDepthwise {
  filter: Tensor4D;
  bias: Tensor1D;
}

function foldBatchNorms(tf: Tfjs, params: SsdParams): FoldedDepthwise[] {
  return Array.from({ length: 13 }, (_, i) => {
    const p = params.mobilenetv1[`conv_${i + 1}`]!.depthwise_conv;
    return tf.tidy(() => {
      const k = tf.div(p.batch_norm_scale, tf.sqrt(tf.add(p.batch_norm_variance, BN_EPSILON)));
      return {
        filter: tf.mul(p.filters, tf.reshape(k, [1, 1, -1, 1])) as Tensor4D,
        bias: tf.sub(p.batch_norm_offset, tf.mul(p.batch_norm_mean, k)) as Tensor1D,
      };
    });
  });
}

/** SSD MobileNet v1 on an input normalised to −1…1: box encodings and class scores of every prior box. */
function ssdPass(
  tf: Tfjs,
  params: SsdParams,
  folded: readonly FoldedDepthwise[],
  input: Tensor,
): { boxes: Tensor4D; scores: Tensor } {
  const pointwise = (p: PointwiseParams, strides: 1 | 2) => (t: Tensor) =>
    tf.fused.conv2d({
      x: t as Tensor4D,
      filter: p.filters,
      strides,
      pad: 'same',
      bias: p.batch_norm_offset,
      activation: 'relu6',
    });
  const predict = (t: Tensor, p: BoxPredictorParams) =>
    tf.tidy(() => {
      const conv = (c: ConvParams) =>
        tf.fused.conv2d({ x: t as Tensor4D, filter: c.filters, strides: 1, pad: 'same', bias: c.bias });
      return {
        box: tf.reshape(conv(p.box_encoding_predictor), [1, -1, 1, 4]),
        score: tf.reshape(conv(p.class_predictor), [1, -1, 3]),
      };
    });

  const net = params.mobilenetv1;
  let x = step(input, pointwise(net.conv_0, 2));
  let conv11: Tensor | undefined;
  for (let layer = 1; layer <= 13; layer++) {
    const { filter, bias } = folded[layer - 1]!;
    const strides = [2, 4, 6, 12].includes(layer) ? 2 : 1;
    const mixed = tf.fused.depthwiseConv2d({
      x: x as Tensor4D,
      filter,
      strides,
      pad: 'same',
      bias,
      activation: 'relu6',
    });
    if (x !== conv11) x.dispose();
    x = step(mixed, pointwise(net[`conv_${layer}`]!.pointwise_conv, 1));
    if (layer === 11) conv11 = x;
  }
  // Boxes and classes are read off six feature maps, from layer 11 of MobileNet to the coarsest.
  const layers = params.prediction_layer;
  const predictions = [predict(conv11!, layers.box_predictor_0 as BoxPredictorParams)];
  conv11!.dispose();
  predictions.push(predict(x, layers.box_predictor_1 as BoxPredictorParams));
  x = step(x, pointwise(layers.conv_0 as PointwiseParams, 1));
  for (let k = 1; k <= 7; k++) {
    x = step(x, pointwise(layers[`conv_${k}`] as PointwiseParams, k % 2 === 1 ? 2 : 1));
    if (k % 2 === 1)
      predictions.push(predict(x, layers[`box_predictor_${(k + 3) / 2}`] as BoxPredictorParams));
  }
  x.dispose();
  try {
    return {
      boxes: tf.concat(
        predictions.map((p) => p.box),
        1,
      ) as Tensor4D,
      scores: tf.concat(
        predictions.map((p) => p.score),
        1,
      ),
    };
  } finally {
    for (const p of predictions) tf.dispose([p.box, p.score]);
  }
}

/** face-api's SSD output layer: box offsets decoded against the prior boxes, class scores through a sigmoid. */
function outputLayer(
  tf: Tfjs,
  boxPredictions: Tensor4D,
  classPredictions: Tensor,
  extraDim: Tensor,
): { boxes: Tensor2D[]; scores: Tensor1D[] } {
  const priors = tf.reshape(extraDim, [-1, 4]);
  const [p0, p1, p2, p3] = tf.unstack(tf.transpose(priors, [1, 0])) as [Tensor, Tensor, Tensor, Tensor];
  const sizeY = tf.sub(p2, p0);
  const sizeX = tf.sub(p3, p1);
  const centreY = tf.add(p0, tf.div(sizeY, 2));
  const centreX = tf.add(p1, tf.div(sizeX, 2));
  const [v0, v1, v2, v3] = tf.unstack(tf.transpose(tf.reshape(boxPredictions, [-1, 4]), [1, 0])) as [
    Tensor,
    Tensor,
    Tensor,
    Tensor,
  ];
  const halfY = tf.div(tf.mul(tf.exp(tf.div(v2, 5)), sizeY), 2);
  const midY = tf.add(tf.mul(tf.div(v0, 10), sizeY), centreY);
  const halfX = tf.div(tf.mul(tf.exp(tf.div(v3, 5)), sizeX), 2);
  const midX = tf.add(tf.mul(tf.div(v1, 10), sizeX), centreX);
  const decoded = tf.transpose(
    tf.stack([tf.sub(midY, halfY), tf.sub(midX, halfX), tf.add(midY, halfY), tf.add(midX, halfX)]),
    [1, 0],
  );
  const boxes = tf.reshape(decoded, [1, decoded.shape[0]!, 4]);
  const scores = tf.slice(
    tf.sigmoid(tf.slice(classPredictions, [0, 0, 1], [-1, -1, -1])),
    [0, 0, 0],
    [-1, -1, 1],
  );
  return {
    boxes: tf.unstack(boxes) as Tensor2D[],
    scores: tf.unstack(tf.reshape(scores, [1, scores.shape[1]!])) as Tensor1D[],
  };
}
