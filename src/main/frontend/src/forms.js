// Task, start and e-mail signing forms: the deployed Camunda Form drawn by the form-js Viewer.
//
// The page gives an element
//   <div data-form-schema="{...}" data-form-data="{...}" data-form-errors="{...}" data-form-readonly="false">
// inside its <form>, and a hidden <input name="_form">. On submit the values go into _form as JSON, files of
// file pickers into <input type=file name="<key>"> (multipart); the server checks everything again and answers
// errors per field, which come back in data-form-errors (keyed as form-js keys them: component id, then row).
import { Form } from '@bpmn-io/form-js-viewer';

import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import './forms.css';

const parse = (text, fallback) => {
	try {
		return text ? JSON.parse(text) : fallback;
	}
	catch (e) {
		return fallback;
	}
};

const forms = [];

async function draw(container) {
	const schema = parse(container.dataset.formSchema, { components: [] });
	const data = parse(container.dataset.formData, {});
	const errors = parse(container.dataset.formErrors, {});
	const readOnly = container.dataset.formReadonly === 'true';
	const form = new Form({ container, properties: { readOnly } });
	await form.importSchema(schema, data);
	const serverErrors = Object.fromEntries(Object.entries(errors).filter(([id]) => id !== '_form'));
	if (Object.keys(serverErrors).length) {
		form._setState({ errors: serverErrors });
	}
	forms.push({ form, container, schema });
	linkPages(form, container);
	form.get('eventBus').on('changed', () => queueMicrotask(() => linkPages(form, container)));

	const page = container.closest('form');
	if (!page || readOnly) {
		return;
	}
	page.addEventListener('submit', (event) => {
		const result = form.submit();
		if (Object.keys(result.errors).length) {
			event.preventDefault();
			container.querySelector('.fjs-has-errors')?.scrollIntoView({ block: 'center' });
			return;
		}
		// form-js names its radio and file inputs after DOM ids: they are no fields of the page's form
		container.querySelectorAll('[name]').forEach((input) => input.removeAttribute('name'));
		const values = { ...result.data };
		result.files.forEach((files, id) => attach(page, id, values, files));
		page.querySelector('input[name="_form"]').value = JSON.stringify(values);
	});
}

// A file picker's value is a reference to files the viewer holds: post the files as a multipart field named
// by the picker's key, and leave the reference out of the JSON values.
function attach(page, reference, values, files) {
	const key = Object.keys(values).find((k) => values[k] === reference);
	if (!key) {
		return;
	}
	delete values[key];
	let input = page.querySelector(`input[type=file][name="${CSS.escape(key)}"]`);
	if (!input) {
		input = document.createElement('input');
		input.type = 'file';
		input.name = key;
		input.hidden = true;
		page.appendChild(input);
	}
	const transfer = new DataTransfer();
	files.forEach((f) => transfer.items.add(f));
	input.files = transfer.files;
	page.enctype = 'multipart/form-data';
}

// A read-only field that holds a page of this server (a record's worksheet or report) also links to it.
function linkPages(form, container) {
	const { data } = form._getState();
	form.get('formFieldRegistry').getAll().forEach((field) => {
		const value = field.key && data[field.key];
		if (!field.disabled || typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) {
			return;
		}
		const wrapper = element(form, field.key, undefined, container);
		if (wrapper && !wrapper.querySelector('a.gxp-record-link')) {
			const a = document.createElement('a');
			a.className = 'gxp-record-link';
			a.id = `link-${field.key}`;
			a.href = value;
			a.textContent = `Open: ${field.label || field.key}`;
			wrapper.appendChild(a);
		}
	});
}

// The wrapper element of the field with this key (row: index inside a dynamic list), for tests and links.
function element(form, key, row, container) {
	const field = form.get('formFieldRegistry').getAll().find((f) => f.key === key || f.path === key);
	if (!field) {
		return null;
	}
	const domId = `fjs-form-${form._id}-${field.id}${row === undefined || row === null ? '' : `_${row}`}`;
	const target = container.querySelector(`[id="${domId}"], [id^="${domId}-"]`);
	return target ? target.closest('.fjs-form-field') : null;
}

window.gxpForms = {
	ready: false,
	field(key, row) {
		for (const { form, container } of forms) {
			const found = element(form, key, row, container);
			if (found) {
				return found;
			}
		}
		return null;
	},
	// the input to click for an option of a radio group or checklist (by its value)
	option(key, value, row) {
		for (const { form, container } of forms) {
			const field = form.get('formFieldRegistry').getAll().find((f) => f.key === key);
			const index = field && (field.values || []).findIndex((o) => String(o.value) === String(value));
			if (field && index >= 0) {
				const domId = `fjs-form-${form._id}-${field.id}${row === undefined || row === null ? '' : `_${row}`}`;
				return container.querySelector(`[id="${domId}-${index}"]`);
			}
		}
		return null;
	},
	// the value the form holds for a key (row: inside the dynamic list that holds the key)
	value(key, row) {
		for (const { form } of forms) {
			const { data } = form._getState();
			if (row === undefined || row === null) {
				if (key in data) {
					return data[key];
				}
				continue;
			}
			for (const list of Object.values(data)) {
				if (Array.isArray(list) && list[row] && typeof list[row] === 'object' && key in list[row]) {
					return list[row][key];
				}
			}
		}
		return null;
	},
	// sets a field's value through the form (by value, or by an option's label), as picking it would
	set(key, valueOrLabel, row) {
		for (const { form } of forms) {
			const fields = form.get('formFieldRegistry');
			const instance = form.get('formFieldInstanceRegistry').getAllKeyed()
				.find((i) => fields.get(i.id).key === key && (row === undefined || row === null || Object.values(i.indexes || {}).includes(row)));
			if (instance) {
				const option = (fields.get(instance.id).values || []).find((o) => o.label === valueOrLabel);
				form._update({ fieldInstance: instance, value: option ? option.value : valueOrLabel });
				return true;
			}
		}
		return false;
	},
	data() {
		return forms.length ? forms[0].form._getState().data : null;
	},
};

document.addEventListener('DOMContentLoaded', async () => {
	await Promise.all([...document.querySelectorAll('[data-form-schema]')].map(draw));
	window.gxpForms.ready = true;
	document.documentElement.dataset.formsReady = 'true';
});
