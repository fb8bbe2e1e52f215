import { render } from 'preact';

render(<p>Dispatch Lens</p>, document.getElementById('app')!);
