import { mount } from 'svelte';
import App from './App.svelte';
import { kiosk } from './lib/kiosk';
import { hardenTouch } from './lib/touch-hardening';
import { heartbeatState } from './state/session';
import './styles/app.css';
import './styles/pictures.css';

hardenTouch();
kiosk.startHeartbeat(heartbeatState);

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
mount(App, { target });
