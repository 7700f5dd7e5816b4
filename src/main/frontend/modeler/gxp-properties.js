/**
 * A "GxP" group in the properties panel for user tasks: the signature meaning of a signing step, stored as
 * the processes in processes/ carry it (camunda:properties / camunda:property name="signature.meaning").
 * The generic "Extension properties" group shows the same property; this one offers only known meanings.
 */
import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { useService } from 'bpmn-js-properties-panel';
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import { KNOWN_MEANINGS } from '../lint/rules/signature-meaning.cjs';

export const MEANING_PROPERTY = 'signature.meaning';

function propertiesOf(bo) {
  return (bo.get('extensionElements')?.get('values') || []).find(v => is(v, 'camunda:Properties'));
}

function meaningProperty(bo) {
  return (propertiesOf(bo)?.get('values') || []).find(p => p.name === MEANING_PROPERTY);
}

function SignatureMeaning({ element, id }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const translate = useService('translate');
  const bo = getBusinessObject(element);

  const setValue = value => {
    let extensionElements = bo.get('extensionElements');
    if (!extensionElements) {
      extensionElements = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
      extensionElements.$parent = bo;
      modeling.updateModdleProperties(element, bo, { extensionElements });
    }
    let properties = propertiesOf(bo);
    if (!properties) {
      properties = bpmnFactory.create('camunda:Properties', { values: [] });
      properties.$parent = extensionElements;
      modeling.updateModdleProperties(element, extensionElements,
        { values: [ ...extensionElements.get('values'), properties ] });
    }
    const property = meaningProperty(bo);
    if (!value) {
      if (property) {
        modeling.updateModdleProperties(element, properties,
          { values: properties.get('values').filter(p => p !== property) });
      }
    } else if (property) {
      modeling.updateModdleProperties(element, property, { value });
    } else {
      const created = bpmnFactory.create('camunda:Property', { name: MEANING_PROPERTY, value });
      created.$parent = properties;
      modeling.updateModdleProperties(element, properties, { values: [ ...properties.get('values'), created ] });
    }
  };

  return jsx(SelectEntry, {
    element,
    id,
    label: translate('Signature meaning'),
    description: translate('Set for a signing step: the meaning the signer declares (21 CFR 11.50)'),
    getValue: () => meaningProperty(bo)?.value || '',
    setValue,
    getOptions: () => [ { value: '', label: translate('(not a signing step)') },
      ...KNOWN_MEANINGS.map(m => ({ value: m, label: m })) ]
  });
}

function GxpPropertiesProvider(propertiesPanel) {
  propertiesPanel.registerProvider(500, this);
}

GxpPropertiesProvider.$inject = [ 'propertiesPanel' ];

GxpPropertiesProvider.prototype.getGroups = function(element) {
  return groups => {
    if (is(element, 'bpmn:UserTask')) {
      groups.splice(1, 0, {
        id: 'gxp',
        label: 'GxP',
        entries: [ { id: 'gxp-signatureMeaning', element, component: SignatureMeaning, isEdited: isSelectEntryEdited } ]
      });
    }
    return groups;
  };
};

export default {
  __init__: [ 'gxpPropertiesProvider' ],
  gxpPropertiesProvider: [ 'type', GxpPropertiesProvider ]
};
