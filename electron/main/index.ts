// PLACEHOLDER until the kiosk shell lands.
import { app } from 'electron';

void app.whenReady();
