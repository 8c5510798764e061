import { render } from 'preact';
import { StudioApp } from './app.js';
import '@fontsource/noto-sans-sc/400.css';
import './styles.css';

render(<StudioApp />, document.getElementById('app')!);
