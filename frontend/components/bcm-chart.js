// <bcm-chart>: a Chart.js chart drawn into the element's shadow root. The server sets `spec` (see ui.chart.ChartSpec);
// colours are read from Lumo's CSS properties, so the chart follows the light or dark theme and redraws when it changes.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

const COLOR_PROPERTIES = {
  primary: '--lumo-primary-color',
  success: '--lumo-success-color',
  error: '--lumo-error-color',
  warning: '--lumo-warning-color',
  contrast: '--lumo-contrast-50pct',
  muted: '--lumo-contrast-30pct'
};
const FALLBACK_COLORS = { primary: '#1676f3', success: '#0d8a4f', error: '#e3344f', warning: '#e0a400',
  contrast: '#7a8699', muted: '#b3bcc8' };

class BcmChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative;min-height:220px}'
      + 'canvas{position:absolute;inset:0;width:100%!important;height:100%!important}</style><canvas></canvas>';
    this._canvas = root.querySelector('canvas');
    this._spec = null;
  }

  set spec(value) {
    this._spec = value;
    this._draw();
  }

  get spec() {
    return this._spec;
  }

  connectedCallback() {
    this._themeObserver = new MutationObserver(() => this._draw());
    this._themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    this._draw();
  }

  disconnectedCallback() {
    this._themeObserver?.disconnect();
    this._chart?.destroy();
    this._chart = null;
  }

  // Lumo's colour properties may hold expressions a canvas cannot parse (var(), light-dark(), color-mix()):
  // let the browser resolve them on a probe element and hand Chart.js the computed rgb() value.
  _color(role) {
    if (!this._probe) {
      this._probe = document.createElement('span');
      this._probe.style.display = 'none';
      this.shadowRoot.appendChild(this._probe);
    }
    this._probe.style.color = '';
    this._probe.style.color = `var(${COLOR_PROPERTIES[role] || COLOR_PROPERTIES.primary})`;
    const value = getComputedStyle(this._probe).color;
    return value && value !== 'rgba(0, 0, 0, 0)' ? value : (FALLBACK_COLORS[role] || FALLBACK_COLORS.primary);
  }

  _formatter() {
    const spec = this._spec;
    if (spec.format === 'MONEY_BRL') {
      const money = new Intl.NumberFormat(spec.locale, { style: 'currency', currency: 'BRL' });
      return v => money.format(v);
    }
    const number = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 0 });
    return v => number.format(v);
  }

  _draw() {
    if (!this._spec || !this.isConnected) {
      return;
    }
    const spec = this._spec;
    const text = this._color('contrast');
    const grid = this._color('muted');
    const format = this._formatter();
    const doughnut = spec.type === 'DOUGHNUT';
    const datasets = spec.series.map(s => {
      const colors = doughnut ? s.colors.map(c => this._color(c)) : this._color(s.color);
      return {
        label: s.label, data: s.values, stack: s.stack || undefined,
        backgroundColor: colors, borderColor: spec.type === 'LINE' ? colors : undefined,
        borderWidth: spec.type === 'LINE' ? 2 : 0, tension: 0.25
      };
    });
    const config = {
      type: spec.type.toLowerCase(),
      data: { labels: spec.labels, datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, locale: spec.locale,
        // a tap on a bar or point tells the server which label and series it was (pages may open the list behind it)
        onClick: (event, elements) => {
          if (elements.length) {
            this.dispatchEvent(new CustomEvent('bar-click',
              { detail: { index: elements[0].index, series: elements[0].datasetIndex } }));
          }
        },
        plugins: {
          legend: { labels: { color: text }, position: doughnut ? 'right' : 'top' },
          tooltip: { callbacks: { label: c => `${c.dataset.label || c.label}: ${format(c.parsed.y ?? c.parsed)}` } }
        },
        scales: doughnut ? {} : {
          x: { stacked: spec.stacked, ticks: { color: text }, grid: { color: grid } },
          // counts step in whole numbers: with small counts Chart.js picks 0.1 steps, which the formatter rounds to 0 0 1 1
          y: { stacked: spec.stacked, beginAtZero: true, grid: { color: grid },
            ticks: { color: text, precision: spec.format === 'MONEY_BRL' ? undefined : 0, callback: v => format(v) } }
        }
      }
    };
    if (this._chart && this._chart.config.type === config.type) {
      // new figures for the same chart (the dashboard refreshes while reminders go out): update it in place
      this._chart.data = config.data;
      this._chart.options = config.options;
      this._chart.update('none');
      return;
    }
    this._chart?.destroy();
    this._chart = new Chart(this._canvas, config);
  }
}

customElements.define('bcm-chart', BcmChart);
