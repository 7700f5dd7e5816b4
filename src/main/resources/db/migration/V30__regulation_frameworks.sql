-- Regulation catalogue, framework list (DESIGN.md §3 "regulation"). Names and editions follow
-- reference/regulatory.md; requirement_prefix links to its requirement ids (P11-10e, A11-9, QMSR-CAPA ...).
create table gxp_regulation_framework (
    id                 varchar(40)  not null primary key,
    short_name         varchar(80)  not null,
    title              varchar(300) not null,
    kind               varchar(16)  not null,
    issuer             varchar(80)  not null,
    requirement_prefix varchar(16)
);

insert into gxp_regulation_framework (id, short_name, title, kind, issuer, requirement_prefix) values
('21-CFR-11', '21 CFR Part 11', '21 CFR Part 11 - Electronic Records; Electronic Signatures', 'REGULATION', 'FDA', 'P11'),
('21-CFR-210-211', '21 CFR Parts 210/211', '21 CFR Parts 210 and 211 - Current Good Manufacturing Practice for drugs', 'REGULATION', 'FDA', null),
('21-CFR-820', '21 CFR Part 820 (QMSR)', '21 CFR Part 820 - Quality Management System Regulation (ISO 13485:2016 by reference, from 2 Feb 2026)', 'REGULATION', 'FDA', 'QMSR'),
('21-CFR-803', '21 CFR Part 803', '21 CFR Part 803 - Medical Device Reporting', 'REGULATION', 'FDA', null),
('21-CFR-806', '21 CFR Part 806', '21 CFR Part 806 - Medical Devices; Reports of Corrections and Removals', 'REGULATION', 'FDA', null),
('FDCA-524B', 'FD&C Act 524B', 'FD&C Act section 524B - Ensuring cybersecurity of devices (21 U.S.C. 360n-2)', 'LAW', 'US Congress', null),
('EU-GMP-ANNEX-11', 'EU GMP Annex 11', 'EU GMP Guidelines (EudraLex Volume 4) Annex 11 - Computerised Systems (2011)', 'GUIDELINE', 'European Commission', 'A11'),
('ISO-13485', 'ISO 13485', 'ISO 13485:2016 - Medical devices - Quality management systems - Requirements for regulatory purposes', 'STANDARD', 'ISO', null),
('ISO-14971', 'ISO 14971', 'ISO 14971:2019 - Medical devices - Application of risk management to medical devices', 'STANDARD', 'ISO', null),
('ISO-TR-24971', 'ISO/TR 24971', 'ISO/TR 24971:2020 - Medical devices - Guidance on the application of ISO 14971', 'STANDARD', 'ISO', null),
('IEC-62304', 'IEC 62304', 'IEC 62304:2006+A1:2015 - Medical device software - Software life cycle processes', 'STANDARD', 'IEC', null),
('ISO-IEC-27001', 'ISO/IEC 27001', 'ISO/IEC 27001:2022 - Information security management systems - Requirements', 'STANDARD', 'ISO/IEC', null),
('NIST-CSF-2', 'NIST CSF 2.0', 'NIST Cybersecurity Framework 2.0 (CSWP 29, 26 Feb 2024)', 'FRAMEWORK', 'NIST', null),
('IEC-62443', 'IEC 62443', 'ISA/IEC 62443 - Security for industrial automation and control systems', 'STANDARD', 'IEC', null),
('IEC-81001-5-1', 'IEC 81001-5-1', 'IEC 81001-5-1:2021 - Health software and health IT systems safety - Security - Activities in the product life cycle', 'STANDARD', 'IEC', null),
('FDA-PREMARKET-CYBER', 'FDA premarket cybersecurity guidance', 'FDA guidance: Cybersecurity in Medical Devices: Quality System Considerations and Content of Premarket Submissions (2023, updated June 2025)', 'GUIDANCE', 'FDA', null),
('FDA-POSTMARKET-CYBER', 'FDA postmarket cybersecurity guidance', 'FDA guidance: Postmarket Management of Cybersecurity in Medical Devices (28 Dec 2016)', 'GUIDANCE', 'FDA', null),
('FDA-PART11-SCOPE', 'FDA Part 11 Scope and Application', 'FDA guidance: Part 11, Electronic Records; Electronic Signatures - Scope and Application (August 2003)', 'GUIDANCE', 'FDA', null),
('FDA-DATA-INTEGRITY', 'FDA data integrity guidance', 'FDA guidance: Data Integrity and Compliance With Drug CGMP - Questions and Answers (December 2018)', 'GUIDANCE', 'FDA', null),
('FDA-CSA', 'FDA Computer Software Assurance', 'FDA guidance: Computer Software Assurance for Production and Quality System Software (September 2025)', 'GUIDANCE', 'FDA', null);
