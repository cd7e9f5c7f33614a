// The chooser's first byte of JavaScript: a custom element that waits until it is on screen, then loads
// the model and the UI. Pages that never show it never pay for it.
class VersusChooser extends HTMLElement {
  connectedCallback(): void {
    const start = () => {
      observer.disconnect();
      void this.start();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '200px' });
    observer.observe(this);
  }

  private async start(): Promise<void> {
    const [{ mount }, model] = await Promise.all([import('./ui.ts'), fetch(this.dataset.model!).then((r) => r.json())]);
    mount(this, model);
  }
}

if (!customElements.get('versus-chooser')) customElements.define('versus-chooser', VersusChooser);
