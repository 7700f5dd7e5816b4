// The executed path of one process instance drawn on its diagram (dossier page, issue 15).
// The BPMN XML is the definition version the instance ran on (/reports/process-instances/{id}/diagram);
// which activities completed or still run is read from the dossier's own timeline table on the page
// (rows <tr data-activity="..." class="completed|running|canceled">), the same history the exports carry.
// Camunda 7 does not record sequence flows, so a flow counts as taken when its source completed and its
// target was reached (an over-approximation only where a target was also reached another way).
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './process-path.css';

function executed() {
	const rows = [...document.querySelectorAll('#timeline tr[data-activity]')];
	const ids = (state) => new Set(rows.filter((r) => r.classList.contains(state)).map((r) => r.dataset.activity));
	const running = ids('running');
	// steps waiting for their job have no activity instance yet: the path paragraph names them
	const waiting = document.getElementById('path')?.dataset.waiting ?? '';
	waiting.split(' ').filter(Boolean).forEach((id) => running.add(id));
	const completed = ids('completed');
	running.forEach((id) => completed.delete(id));
	return { completed, running };
}

async function draw(container) {
	const { completed, running } = executed();
	const viewer = new NavigatedViewer({ container });
	const response = await fetch(container.dataset.diagram, { credentials: 'same-origin' });
	if (!response.ok) {
		throw new Error(`the diagram answered ${response.status}`);
	}
	await viewer.importXML(await response.text());
	const canvas = viewer.get('canvas');
	const registry = viewer.get('elementRegistry');
	canvas.zoom('fit-viewport');
	const reached = (id) => completed.has(id) || running.has(id);
	let taken = 0;
	registry.forEach((element) => {
		if (element.type === 'bpmn:SequenceFlow') {
			const flow = element.businessObject;
			if (completed.has(flow.sourceRef.id) && reached(flow.targetRef.id)) {
				canvas.addMarker(element.id, 'path-taken');
				taken++;
			}
		} else if (running.has(element.id)) {
			canvas.addMarker(element.id, 'path-running');
		} else if (completed.has(element.id)) {
			canvas.addMarker(element.id, 'path-completed');
		}
	});
	container.dataset.completed = String(completed.size);
	container.dataset.running = String(running.size);
	container.dataset.taken = String(taken);
	container.dataset.state = 'drawn';
}

const container = document.getElementById('process-path');
if (container) {
	draw(container).catch((e) => {
		container.dataset.state = 'failed';
		container.textContent = `The diagram could not be drawn: ${e.message}. The timeline below lists the path.`;
	});
}
