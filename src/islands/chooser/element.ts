// The chooser island: a custom element that hydrates when it scrolls into view, fetching the scoring
// model only then. The UI code is small enough (about 2 kB gzipped) to ship with the element; a lazy
// import() would cost Vite's 1 kB preload helper, more than it saves.
import { mount } from './ui.ts';

class VersusChooser extends HTMLElement {
  connectedCallback(): void {
    // The questions show at once; only scoring waits for the model.
    this.querySelector('form')!.hidden = false;
    this.dataset.js = '';
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void this.start();
      },
      { rootMargin: '200px' },
    );
    observer.observe(this);
  }

  private async start(): Promise<void> {
    const model = await fetch(this.dataset.model!).then((r) => r.json());
    mount(this, model);
  }
}

if (!customElements.get('versus-chooser')) customElements.define('versus-chooser', VersusChooser);
