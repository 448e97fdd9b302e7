// PLACEHOLDER until the kiosk shell lands.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('kiosk', {});
