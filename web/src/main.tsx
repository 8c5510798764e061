import { render } from 'preact';
import { StudioApp } from './app.js';
import './styles.css';

render(<StudioApp />, document.getElementById('app')!);
