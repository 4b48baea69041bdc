// Chart.js, tree-shaken: only the controllers, elements, scales and plugins Indicadores draws with are registered,
// once, when this module is first imported. Chart.js draws on a canvas and sizes it through the CSSOM (element.style),
// which the console's CSP allows; it injects no <style> (docs/ARCHITECTURE.md, "Security").
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
