// A Chart.js chart as a custom element. The server sets `config` (a Chart.js configuration as JSON);
// the element draws it on a canvas labelled for screen readers (the figures are also in a table
// beside every chart). Chart.js is installed from npm (the version is pinned in OsceChart.java).
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class OsceChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this._chart = null;
  }

  set config(value) {
    this._config = typeof value === 'string' ? JSON.parse(value) : value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    if (!this._canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render() {
    if (!this._canvas || !this._config) {
      return;
    }
    this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || '');
    if (this._chart) {
      this._chart.destroy();
    }
    const config = structuredClone(this._config);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
    this._chart = new Chart(this._canvas, config);
    this.setAttribute('data-rendered', 'true');
  }
}

customElements.define('osce-chart', OsceChart);
