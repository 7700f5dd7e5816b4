// Task, start and e-mail signing forms: placeholder entry of the front-end build (form-js Viewer comes next).
import { Form } from '@bpmn-io/form-js-viewer';

import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';

window.GxpForms = { Form };
