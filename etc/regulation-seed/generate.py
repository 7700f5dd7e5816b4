#!/usr/bin/env python3
"""Writes the catalogue's seed migrations V51 (requirements) and V52 (crosswalk).

Texts are our own short wording (reference/regulatory.md), never a standard's text. The one exception is NIST CSF 2.0,
whose subcategory statements are public domain: they are read from NIST's OSCAL catalogue
(usnistgov/oscal-content nist.gov/CSF/v2.0/json/NIST_CSF_v2.0_catalog-min.json; the same file is the importer's test
fixture) and filtered to the 106 active subcategories of reference/regulatory.md 4.7.

    python3 etc/regulation-seed/generate.py src/test/resources/regulation/NIST_CSF_v2.0_catalog-min.json

The migrations are versioned: once released, change the catalogue with a new migration, never by regenerating these.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from texts import ANNEX11, PART11  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'main', 'resources', 'db', 'migration')

rows = []  # (framework, id, title, description, parent)


def req(fw, rid, title, description=None, parent=None):
    rows.append((fw, rid, title, description, parent))


# --- 21 CFR Part 11 (reference 1.1): groups, then every clause -------------------------------------------------
P11_TITLES = {
    '11.10(a)': 'Validation', '11.10(b)': 'Accurate and complete copies', '11.10(c)': 'Record protection and retrieval',
    '11.10(d)': 'Access limited to authorised people', '11.10(e)': 'Audit trail', '11.10(f)': 'Operational sequence checks',
    '11.10(g)': 'Authority checks', '11.10(h)': 'Device (source) checks', '11.10(i)': 'Training and qualification',
    '11.10(j)': 'Accountability policy for e-signatures', '11.10(k)(1)': 'Control of system documentation',
    '11.10(k)(2)': 'Change control of system documentation', '11.30': 'Controls for open systems',
    '11.50(a)': 'Signature manifestation content', '11.50(b)': 'Manifestation controlled and always shown',
    '11.70': 'Signature/record linking', '11.100(a)': 'Signature unique to one person',
    '11.100(b)': 'Identity verified before enrolment', '11.100(c)': 'Certification to FDA',
    '11.200(a)(1)': 'Two distinct components', '11.200(a)(1)(i)': 'Signings within one continuous session',
    '11.200(a)(1)(ii)': 'Signings outside a continuous session', '11.200(a)(2)': 'Used only by the genuine owner',
    '11.200(a)(3)': 'Misuse needs collusion of two or more', '11.200(b)': 'Biometric signatures',
    '11.300(a)': 'Unique ID and password combinations', '11.300(b)': 'Periodic check of issued credentials',
    '11.300(c)': 'Loss management of tokens and cards', '11.300(d)': 'Transaction safeguards and alerting',
    '11.300(e)': 'Testing of tokens and cards',
}
P11_GROUPS = {'11.10': 'Controls for closed systems', '11.50': 'Signature manifestations',
              '11.100': 'General requirements for electronic signatures',
              '11.200': 'Electronic signature components and controls',
              '11.300': 'Controls for identification codes and passwords'}


def p11_parent(clause):
    if clause.startswith('11.200(a)(1)('):
        return '11.200(a)(1)'
    section = clause.split('(')[0]
    return section if section != clause and section in P11_GROUPS else None


for clause, text in PART11.items():
    group = p11_parent(clause)
    if group in P11_GROUPS and ('21-CFR-11', group) not in {(r[0], r[1]) for r in rows}:
        req('21-CFR-11', group, P11_GROUPS[group])
    req('21-CFR-11', clause, P11_TITLES[clause], text, group)

# --- EU GMP Annex 11 (2011) (reference 2.1), with the sub-clauses the checks cite -------------------------------
A11_TITLES = {
    'A11-P': 'Principle', 'A11-1': 'Risk management', 'A11-2': 'Personnel', 'A11-3': 'Suppliers and service providers',
    'A11-4': 'Validation', 'A11-5': 'Data', 'A11-6': 'Accuracy checks', 'A11-7': 'Data storage',
    'A11-8': 'Printouts', 'A11-9': 'Audit trails', 'A11-10': 'Change and configuration management',
    'A11-11': 'Periodic evaluation', 'A11-12': 'Security', 'A11-13': 'Incident management',
    'A11-14': 'Electronic signature', 'A11-15': 'Batch release', 'A11-16': 'Business continuity',
    'A11-17': 'Archiving',
}
A11_SUB = {
    'A11-4': [('4.1', 'Validation evidence covers the whole lifecycle, risk-based'),
              ('4.2', 'Change-control and deviation records kept for validation'),
              ('4.3', 'Inventory of GMP systems and their functionality'),
              ('4.4', 'User requirements describe the functions and are traceable'),
              ('4.5', 'Supplier quality system considered; customised systems assessed'),
              ('4.6', 'Customised systems formally assessed and reported'),
              ('4.7', 'Test methods and scenarios justified, including limits'),
              ('4.8', 'Data migration checked for unchanged value and meaning')],
    'A11-7': [('7.1', 'Data protected physically and electronically, readable for retention'),
              ('7.2', 'Regular back-ups, integrity and restore checked')],
    'A11-8': [('8.1', 'Clear printed copies of electronically stored data'),
              ('8.2', 'Batch-release printouts show changes after first entry')],
    'A11-12': [('12.1', 'Physical and logical access restricted'), ('12.2', 'Security scaled to criticality'),
               ('12.3', 'Granting, changing and removing access recorded'),
               ('12.4', 'Identity of whoever enters, changes, confirms or deletes data recorded with time')],
}
for rid, text in ANNEX11.items():
    req('EU-GMP-ANNEX-11', rid, A11_TITLES[rid], text)
    for sub, title in A11_SUB.get(rid, []):
        req('EU-GMP-ANNEX-11', 'A11-' + sub, title, None, rid)

# --- EU GMP Annex 11, 2025 consultation draft chapters (reference 2.2; not in force) ----------------------------
DRAFT = ['Scope', 'Principles', 'Pharmaceutical quality system', 'Risk management', 'Personnel and training',
         'System requirements', 'Supplier and service management', 'Alarms', 'Qualification and validation',
         'Handling of data', 'Identity and access management', 'Audit trails', 'Electronic signatures',
         'Periodic review', 'Security', 'Backup', 'Archiving']
for n, title in enumerate(DRAFT, 1):
    req('EU-GMP-ANNEX-11-DRAFT', 'A11D-%d' % n, title, 'Chapter %d of the July 2025 consultation draft (not in force; '
        'chapter content known only from secondary sources).' % n)

# --- 21 CFR 820 QMSR (reference 3) ------------------------------------------------------------------------------
for rid, title, text in [
    ('820.1', 'Scope', 'Who and what the QMSR applies to.'),
    ('820.3', 'Definitions', 'Terms of the regulation, with ISO 9000:2015 clause 3 by reference.'),
    ('820.7', 'Incorporation by reference', 'ISO 13485:2016 and ISO 9000:2015 clause 3 are part of the rule.'),
    ('820.10', 'Requirements for a quality management system',
     'Comply with ISO 13485:2016 plus the US links: UDI (Part 830), tracking (Part 821), MDR (Part 803), '
     'corrections and removals (Part 806).'),
    ('820.10(c)', 'Design and development scope',
     'Design controls (ISO 13485 7.3) apply to class II and III devices and to class I devices automated with software.'),
    ('820.35', 'Control of records', 'Extra record content, including complaint and servicing records.'),
    ('820.45', 'Device labeling and packaging controls', 'Labeling and packaging are inspected and controlled.'),
]:
    req('21-CFR-820', rid, title, text, '820.10' if rid == '820.10(c)' else None)

# --- ISO 13485:2016 clauses named in reference 3.1 (numbers only; titles ours) ----------------------------------
ISO13485 = [
    ('4', 'Quality management system', None), ('4.1', 'General QMS requirements', '4'),
    ('4.1.4', 'Changes to QMS processes controlled', '4.1'), ('4.1.6', 'Validation of QMS software', '4.1'),
    ('4.2', 'Documentation requirements', '4'), ('4.2.1', 'QMS documentation', '4.2'),
    ('4.2.2', 'Quality manual', '4.2'), ('4.2.4', 'Control of documents', '4.2'), ('4.2.5', 'Control of records', '4.2'),
    ('5', 'Management responsibility', None), ('5.1', 'Management commitment', '5'), ('5.2', 'Customer focus', '5'),
    ('5.3', 'Quality policy', '5'), ('5.4', 'Planning', '5'), ('5.4.1', 'Quality objectives', '5.4'),
    ('5.4.2', 'QMS planning', '5.4'), ('5.5', 'Responsibility, authority and communication', '5'),
    ('5.5.1', 'Responsibility and authority', '5.5'), ('5.5.2', 'Management representative', '5.5'),
    ('5.5.3', 'Internal communication', '5.5'), ('5.6', 'Management review', '5'),
    ('5.6.1', 'Management review at planned intervals', '5.6'), ('5.6.2', 'Review input', '5.6'),
    ('5.6.3', 'Review output', '5.6'),
    ('6', 'Resource management', None), ('6.1', 'Provision of resources', '6'),
    ('6.2', 'Human resources: competence and training', '6'), ('6.3', 'Infrastructure', '6'),
    ('6.4', 'Work environment and contamination control', '6'), ('6.4.1', 'Work environment', '6.4'),
    ('6.4.2', 'Contamination control', '6.4'),
    ('7', 'Product realization', None), ('7.1', 'Planning of product realization, incl. risk management', '7'),
    ('7.2', 'Customer-related processes', '7'), ('7.2.1', 'Product requirements determined', '7.2'),
    ('7.2.2', 'Product requirements reviewed', '7.2'), ('7.2.3', 'Communication, incl. advisory notices', '7.2'),
    ('7.3', 'Design and development', '7'), ('7.3.1', 'Design and development: general', '7.3'),
    ('7.3.2', 'Design and development planning', '7.3'), ('7.3.3', 'Design inputs', '7.3'),
    ('7.3.4', 'Design outputs', '7.3'), ('7.3.5', 'Design review', '7.3'), ('7.3.6', 'Design verification', '7.3'),
    ('7.3.7', 'Design validation', '7.3'), ('7.3.8', 'Design transfer', '7.3'),
    ('7.3.9', 'Control of design changes', '7.3'), ('7.3.10', 'Design and development files', '7.3'),
    ('7.4', 'Purchasing and supplier control', '7'), ('7.5', 'Production and service provision', '7'),
    ('7.5.1', 'Control of production and service provision', '7.5'),
    ('7.5.6', 'Process validation, incl. production and service software', '7.5'),
    ('7.5.8', 'Identification (UDI via Part 830)', '7.5'), ('7.5.9.1', 'Traceability (tracking via Part 821)', '7.5'),
    ('7.6', 'Monitoring and measuring equipment, incl. its software', '7'),
    ('8', 'Measurement, analysis and improvement', None), ('8.2', 'Monitoring and measurement', '8'),
    ('8.2.1', 'Feedback', '8.2'), ('8.2.2', 'Complaint handling', '8.2'),
    ('8.2.3', 'Reporting to regulatory authorities', '8.2'), ('8.2.4', 'Internal audit', '8.2'),
    ('8.3', 'Control of nonconforming product', '8'), ('8.3.3', 'Nonconforming product after delivery', '8.3'),
    ('8.4', 'Analysis of data', '8'), ('8.5', 'Improvement', '8'), ('8.5.2', 'Corrective action', '8.5'),
    ('8.5.3', 'Preventive action', '8.5'),
]
for rid, title, parent in ISO13485:
    req('ISO-13485', rid, title, None, parent)

# --- ISO/IEC 27001:2022 Annex A, 93 controls (reference 4.8; labels ours) ---------------------------------------
ANNEX_A = """5.1 Security policies|5.2 Security roles|5.3 Segregation of duties|5.4 Management enforcement|5.5 Authority contacts
|5.6 Specialist-group contacts|5.7 Threat intelligence|5.8 Security in projects|5.9 Asset inventory|5.10 Acceptable asset use
|5.11 Asset return|5.12 Information classification|5.13 Information labelling|5.14 Information transfer
|5.15 Access-control rules|5.16 Identity lifecycle|5.17 Authentication secrets|5.18 Access-rights lifecycle and review
|5.19 Supplier security|5.20 Security in supplier contracts|5.21 ICT supply chain|5.22 Supplier monitoring and change
|5.23 Cloud-service security|5.24 Incident readiness|5.25 Event triage|5.26 Incident response|5.27 Incident lessons learned
|5.28 Evidence collection|5.29 Security during disruption|5.30 ICT continuity readiness|5.31 Legal/regulatory requirements
|5.32 Intellectual property|5.33 Record protection|5.34 Privacy/PII|5.35 Independent security review
|5.36 Policy-compliance checks|5.37 Documented operating procedures|6.1 Screening|6.2 Employment terms
|6.3 Awareness and training|6.4 Disciplinary process|6.5 Duties after exit/change|6.6 Confidentiality agreements
|6.7 Remote working|6.8 Security event reporting|7.1 Physical perimeters|7.2 Physical entry|7.3 Securing rooms and facilities
|7.4 Physical monitoring|7.5 Physical/environmental threats|7.6 Working in secure areas|7.7 Clear desk/screen
|7.8 Equipment siting|7.9 Off-site assets|7.10 Storage media|7.11 Supporting utilities|7.12 Cabling
|7.13 Equipment maintenance|7.14 Secure disposal/re-use|8.1 Endpoint devices|8.2 Privileged access
|8.3 Information-access restriction|8.4 Source-code access|8.5 Secure authentication|8.6 Capacity management
|8.7 Malware protection|8.8 Technical vulnerability management|8.9 Configuration management|8.10 Information deletion
|8.11 Data masking|8.12 Data-leakage prevention|8.13 Backup|8.14 Redundancy|8.15 Logging|8.16 Monitoring
|8.17 Clock synchronisation|8.18 Privileged utilities|8.19 Software installation in production|8.20 Network security
|8.21 Network-service security|8.22 Network segregation|8.23 Web filtering|8.24 Cryptography
|8.25 Secure development lifecycle|8.26 Application security requirements|8.27 Secure architecture|8.28 Secure coding
|8.29 Security testing (dev/acceptance)|8.30 Outsourced development|8.31 Dev/test/prod separation|8.32 Change management
|8.33 Test information|8.34 Protection during audit testing"""
THEMES = {'5': 'Organizational controls', '6': 'People controls', '7': 'Physical controls', '8': 'Technological controls'}
controls = [c.strip().split(' ', 1) for c in ANNEX_A.replace('\n', '').split('|')]
assert len(controls) == 93, len(controls)
for theme, title in THEMES.items():
    req('ISO-IEC-27001', 'A.' + theme, title)
    for number, label in controls:
        if number.split('.')[0] == theme:
            req('ISO-IEC-27001', 'A.' + number, label, None, 'A.' + theme)

# --- NIST CSF 2.0 from NIST's OSCAL catalogue, active subcategories of reference 4.7 -----------------------------
ACTIVE = {
    'GV.OC': '01-05', 'GV.RM': '01-07', 'GV.RR': '01-04', 'GV.PO': '01-02', 'GV.OV': '01-03', 'GV.SC': '01-10',
    'ID.AM': '01-05,07,08', 'ID.RA': '01-10', 'ID.IM': '01-04', 'PR.AA': '01-06', 'PR.AT': '01-02',
    'PR.DS': '01,02,10,11', 'PR.PS': '01-06', 'PR.IR': '01-04', 'DE.CM': '01,02,03,06,09',
    'DE.AE': '02,03,04,06,07,08', 'RS.MA': '01-05', 'RS.AN': '03,06,07,08', 'RS.CO': '02,03', 'RS.MI': '01,02',
    'RC.RP': '01-06', 'RC.CO': '03,04',
}


def expand(spec):
    out = []
    for part in spec.split(','):
        a, _, b = part.partition('-')
        out += ['%02d' % n for n in range(int(a), int(b or a) + 1)]
    return out


active_subs = {cat + '-' + n for cat, spec in ACTIVE.items() for n in expand(spec)}
assert len(active_subs) == 106, len(active_subs)


def statement(control):
    return next((p.get('prose') for p in control.get('parts', []) if p['name'] == 'statement'), None)


def sort_id(control):
    return next(p['value'] for p in control['props'] if p['name'] == 'sort-id')


csf_rows = []
catalog = json.load(open(sys.argv[1]))['catalog']
for group in catalog['groups']:
    overview = next(p['prose'] for p in group['parts'] if p['name'] == 'overview')
    csf_rows.append((sort_id(group), group['id'], group['title'].capitalize() + ' (' + group['id'] + ')', overview, None))
    for category in group['controls']:
        if category['id'] not in ACTIVE:
            continue
        csf_rows.append((sort_id(category), category['id'], category['title'], statement(category), group['id']))
        for sub in category.get('controls', []):
            if sub['id'] in active_subs:
                csf_rows.append((sort_id(sub), sub['id'], statement(sub), None, category['id']))
found = [r[1] for r in csf_rows if '-' in r[1]]
assert sorted(found) == sorted(active_subs), set(active_subs) ^ set(found)
for _, rid, title, text, parent in sorted(csf_rows, key=lambda r: r[0]):
    req('NIST-CSF-2', rid, title, text, parent)

# --- IEC 62304: safety classes (reference 4.5) and processes (clause numbers; titles ours) ------------------------
for rid, title, text, parent in [
    ('4', 'General requirements', None, None),
    ('4.1', 'Quality management system', 'Software is developed and maintained within a QMS.', '4'),
    ('4.2', 'Risk management', 'Risk management per ISO 14971 applies to the software.', '4'),
    ('4.3', 'Software safety classification', 'Assign class A, B or C from the harm the software can contribute to.', '4'),
    ('CLASS-A', 'Safety class A', 'Cannot contribute to a hazardous situation, or the risk is acceptable once '
     'external risk controls are counted.', '4.3'),
    ('CLASS-B', 'Safety class B', 'Can contribute to an unacceptable risk; worst credible harm is a non-serious injury.',
     '4.3'),
    ('CLASS-C', 'Safety class C', 'Can contribute to an unacceptable risk; worst credible harm is death or serious '
     'injury.', '4.3'),
    ('4.4', 'Legacy software', 'Software already in use is assessed and brought under the standard by risk.', '4'),
    ('5', 'Software development process', None, None),
    ('5.1', 'Software development planning', None, '5'), ('5.2', 'Software requirements analysis', None, '5'),
    ('5.3', 'Software architectural design', 'Class B and C.', '5'), ('5.4', 'Software detailed design', 'Class C.', '5'),
    ('5.5', 'Software unit implementation and verification', None, '5'),
    ('5.6', 'Software integration and integration testing', 'Class B and C.', '5'),
    ('5.7', 'Software system testing', None, '5'), ('5.8', 'Software release', None, '5'),
    ('6', 'Software maintenance process', 'Plan, analyse and implement problem fixes and modifications.', None),
    ('7', 'Software risk management process', 'Software contributions to hazardous situations and their controls.',
     None),
    ('8', 'Software configuration management process', 'Identify configuration items, control changes, keep status.',
     None),
    ('9', 'Software problem resolution process', 'Investigate, record and resolve problems; trend them.', None),
]:
    req('IEC-62304', rid, title, text, parent)

# --- ISO 14971:2019 process steps (clause numbers; titles ours; reference 4.6) -----------------------------------
for rid, title, parent in [
    ('4', 'General requirements for the risk management system', None), ('4.1', 'Risk management process', '4'),
    ('4.2', 'Management responsibilities and risk acceptability policy', '4'),
    ('4.3', 'Competence of personnel', '4'), ('4.4', 'Risk management plan', '4'),
    ('4.5', 'Risk management file', '4'), ('5', 'Risk analysis', None), ('5.1', 'Risk analysis process', '5'),
    ('5.2', 'Intended use and reasonably foreseeable misuse', '5'),
    ('5.3', 'Characteristics related to safety', '5'), ('5.4', 'Hazards and hazardous situations identified', '5'),
    ('5.5', 'Risk estimation', '5'), ('6', 'Risk evaluation', None), ('7', 'Risk control', None),
    ('7.1', 'Risk control option analysis', '7'), ('7.2', 'Implementation of risk control measures', '7'),
    ('7.3', 'Residual risk evaluation', '7'), ('7.4', 'Benefit-risk analysis', '7'),
    ('7.5', 'Risks arising from risk control measures', '7'), ('7.6', 'Completeness of risk control', '7'),
    ('8', 'Evaluation of overall residual risk', None), ('9', 'Risk management review', None),
    ('10', 'Production and post-production activities', None), ('10.1', 'Post-production: general', '10'),
    ('10.2', 'Information collection', '10'), ('10.3', 'Information review', '10'), ('10.4', 'Actions', '10'),
]:
    req('ISO-14971', rid, title, None, parent)

# --- IEC 81001-5-1 activity areas (reference 4.4; clause numbers, titles ours) ------------------------------------
for rid, title, text in [
    ('4', 'General: security planning and configuration management', 'Security activities planned inside the QMS.'),
    ('5', 'Software development process', None),
    ('5.1', 'Security in development planning', None), ('5.2', 'Security requirements', None),
    ('5.3', 'Secure architectural design and threat modelling', None),
    ('5.4', 'Secure design', None), ('5.5', 'Secure implementation and coding', None),
    ('5.7', 'Security verification and testing (penetration, fuzz)', None),
    ('5.8', 'Release with security documentation', None),
    ('6', 'Software maintenance: security update management and patching', None),
    ('7', 'Security risk management integrated with ISO 14971', None),
    ('8', 'Configuration management of security-relevant items', None),
    ('9', 'Vulnerability handling and monitoring, incl. third-party components (SBOM)', None),
    ('TAILORING', 'Documented justification for requirements not applied', 'Security-expert approval of tailoring.'),
]:
    req('IEC-81001-5-1', rid, title, text, '5' if rid.startswith('5.') else None)

# --- IEC 62443, as far as reference 4 names it: the 62443-4-1 secure product lifecycle practices ----------------
req('IEC-62443', '4-1', 'Secure product development lifecycle requirements (part 4-1)',
    'The lifecycle IEC 81001-5-1 is derived from.')
for rid, title in [('SM', 'Security management'), ('SR', 'Specification of security requirements'),
                   ('SD', 'Secure by design'), ('SI', 'Secure implementation'),
                   ('SVV', 'Security verification and validation testing'),
                   ('DM', 'Management of security-related issues'), ('SUM', 'Security update management'),
                   ('SG', 'Security guidelines for users')]:
    req('IEC-62443', '4-1-' + rid, title, None, '4-1')

# --- FD&C Act 524B (reference 4.1) --------------------------------------------------------------------------------
for rid, title, text, parent in [
    ('524B(a)', 'Cyber device submissions', 'Sponsors of 510(k), PMA, PDP, De Novo and HDE for a cyber device '
     'include the information of (b).', None),
    ('524B(b)', 'Cybersecurity requirements', None, None),
    ('524B(b)(1)', 'Postmarket vulnerability plan', 'Plan to monitor, identify and address postmarket '
     'vulnerabilities and exploits, including coordinated vulnerability disclosure.', '524B(b)'),
    ('524B(b)(2)', 'Cybersecure processes and updates', 'Processes giving reasonable assurance the device and '
     'related systems are cybersecure; updates and patches made available.', '524B(b)'),
    ('524B(b)(2)(A)', 'Regular-cycle updates', 'Known unacceptable vulnerabilities fixed on a justified regular '
     'cycle.', '524B(b)(2)'),
    ('524B(b)(2)(B)', 'Out-of-cycle updates', 'Critical vulnerabilities that could cause uncontrolled risk fixed '
     'as soon as possible out of cycle.', '524B(b)(2)'),
    ('524B(b)(3)', 'Software bill of materials', 'SBOM with commercial, open-source and off-the-shelf components.',
     '524B(b)'),
    ('524B(b)(4)', 'Further requirements by regulation', 'Any other requirement FDA sets by regulation.', '524B(b)'),
    ('524B(c)', 'Cyber device definition', 'Includes software, can connect to the internet, and could be '
     'vulnerable to cybersecurity threats.', None),
]:
    req('FDCA-524B', rid, title, text, parent)

# --- FDA premarket cybersecurity guidance (reference 4.2; our own summary) ----------------------------------------
for rid, title, parent in [
    ('SPDF', 'Secure product development framework in the QMS', None),
    ('THREAT-MODEL', 'Threat modelling', None),
    ('CYBER-RISK', 'Cybersecurity risk assessment scoring exploitability', None),
    ('SAFETY-LINK', 'Cyber risk assessed separately from, but linked to, safety risk', None),
    ('INTEROP', 'Interoperability considerations', None),
    ('SBOM', 'SBOM with support level, end of support and known vulnerabilities', None),
    ('ANOMALIES', 'Assessment of unresolved anomalies', None),
    ('METRICS', 'Cybersecurity metrics (e.g. time to patch)', None),
    ('ARCH-VIEWS', 'Security architecture views', None),
    ('CONTROLS', 'Security control categories', None),
    ('CONTROLS-AUTHN', 'Authentication', 'CONTROLS'), ('CONTROLS-AUTHZ', 'Authorisation', 'CONTROLS'),
    ('CONTROLS-CRYPTO', 'Cryptography', 'CONTROLS'),
    ('CONTROLS-INTEGRITY', 'Code, data and execution integrity', 'CONTROLS'),
    ('CONTROLS-CONF', 'Confidentiality', 'CONTROLS'), ('CONTROLS-LOGGING', 'Event detection and logging', 'CONTROLS'),
    ('CONTROLS-RESILIENCE', 'Resiliency and recovery', 'CONTROLS'),
    ('CONTROLS-UPDATES', 'Firmware and software updates', 'CONTROLS'),
    ('TESTING', 'Security testing traced to controls', None),
    ('LABELING', 'Cybersecurity labelling for users', None),
    ('CSMP', 'Cybersecurity management plan for postmarket work', None),
    ('524B-SECTION', 'Obligations for cyber devices under section 524B', None),
]:
    req('FDA-PREMARKET-CYBER', rid, title, None, parent)

# --- FDA postmarket cybersecurity guidance (reference 4.3; our own summary) ---------------------------------------
for rid, title in [
    ('MONITOR', 'Monitor cybersecurity information sources'),
    ('ASSESS', 'Assess vulnerabilities, their presence and impact'),
    ('INTAKE', 'Vulnerability intake and handling'),
    ('ECP', 'Define essential clinical performance'),
    ('CVD', 'Coordinated vulnerability disclosure'),
    ('EARLY-MITIGATION', 'Deploy mitigations early, before exploitation'),
    ('ISAO', 'Take part in an ISAO'),
    ('RISK-INPUTS', 'Assess exploitability and severity of patient harm after compensating controls'),
    ('CONTROLLED', 'Controlled risk: routine updates, generally not reportable'),
    ('UNCONTROLLED', 'Uncontrolled risk: remediate and report under Part 806 unless the exceptions hold'),
    ('REPORT-806-EXCEPTION', 'No 806 report when: no serious adverse event, communication within 30 days, '
     'fix within 60 days, active ISAO member'),
]:
    req('FDA-POSTMARKET-CYBER', rid, title)


def sql(v):
    return 'null' if v is None else "'" + v.replace("'", "''") + "'"


def write(name, header, table, columns, values):
    with open(os.path.join(OUT, name), 'w') as f:
        f.write(header)
        f.write('insert into %s (%s) values\n' % (table, ', '.join(columns)))
        f.write(',\n'.join('(' + ', '.join(v) + ')' for v in values) + ';\n')


seen = set()
order = {}
values = []
for fw, rid, title, text, parent in rows:
    assert (fw, rid) not in seen, (fw, rid)
    assert parent is None or (fw, parent) in seen, (fw, rid, parent)
    seen.add((fw, rid))
    order[fw] = order.get(fw, 0) + 1
    values.append([sql(fw), sql(rid), sql(title), sql(text), sql(parent), str(order[fw] * 10)])

write('V51__regulation_requirements_seed.sql',
      '-- Generated by etc/regulation-seed/generate.py: requirements in our own short wording (reference/regulatory.md),\n'
      '-- NIST CSF 2.0 statements from NIST\'s public-domain OSCAL catalogue. A new draft framework for the 2025 Annex 11\n'
      '-- consultation is added first. Change released seed data with a new migration, never by editing this one.\n'
      "insert into gxp_regulation_framework (id, short_name, title, kind, issuer, requirement_prefix) values\n"
      "('EU-GMP-ANNEX-11-DRAFT', 'EU GMP Annex 11 (2025 draft)', 'EU GMP Annex 11 - Computerised Systems, consultation "
      "draft of 7 July 2025 (not in force)', 'GUIDELINE', 'European Commission', 'A11D');\n\n",
      'gxp_regulation_requirement', ['framework_id', 'requirement_id', 'title', 'description', 'parent_id', 'sort_order'],
      values)

from crosswalk import LINKS  # noqa: E402

links = []
for link in LINKS:
    assert (link[0], link[1]) in seen and (link[2], link[3]) in seen, link
    assert link[4] in ('EQUAL', 'SUBSET', 'SUPERSET', 'INTERSECT', 'RELATED'), link
    links.append(link)
assert len(set((l[0], l[1], l[2], l[3]) for l in links)) == len(links), 'duplicate link'
write('V52__regulation_crosswalk_seed.sql',
      '-- Generated by etc/regulation-seed/generate.py from reference/regulatory.md section 5 (and the checks of\n'
      '-- section 7 for Part 11 <-> Annex 11). A STARTING POINT ONLY, to be reviewed by QA/RA and the ISMS owner: a\n'
      '-- mapped control is necessary, not sufficient. INTERSECT where the note calls it a (partial) match, RELATED where\n'
      '-- it is weak or procedural.\n',
      'gxp_regulation_mapping', ['from_framework', 'from_requirement', 'to_framework', 'to_requirement', 'relation'],
      [[sql(v) for v in l] for l in links])
print(len(values), 'requirements,', len(links), 'links')
