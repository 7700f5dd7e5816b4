"""The crosswalk of reference/regulatory.md section 5 (Part 11 and Annex 11 -> ISO/IEC 27001:2022 Annex A and NIST CSF
2.0), the CSF <-> ISO pairs it names as spot-checked against NIST's OLIR mapping, and Part 11 <-> Annex 11 pairs cited
together by the inspector checks of section 7. Relations [P]: INTERSECT by default (the GxP requirement and the
control share content, neither covers the other), RELATED where the note says weak, procedural or GxP-specific."""

# (framework, requirement ids the row covers), ISO Annex A controls, CSF ids, relation
P11 = '21-CFR-11'
A11 = 'EU-GMP-ANNEX-11'
DRAFT = 'EU-GMP-ANNEX-11-DRAFT'
ROWS = [
    (P11, ['11.10(a)'], '8.25, 8.26, 8.29, 8.31, 8.32', 'PR.PS-06, ID.RA-07, GV.OC-03', 'INTERSECT'),
    (P11, ['11.10(b)'], '5.33, 5.31', 'PR.DS-01, GV.OC-03', 'INTERSECT'),
    (P11, ['11.10(c)'], '5.33, 8.13, 7.10', 'PR.DS-01, PR.DS-11, ID.AM-08', 'INTERSECT'),
    (P11, ['11.10(d)'], '5.15, 5.16, 5.18, 8.2, 8.3, 8.5', 'PR.AA-01, PR.AA-03, PR.AA-05', 'INTERSECT'),
    (P11, ['11.10(e)'], '8.15, 8.17, 5.33, 8.16', 'PR.PS-04, DE.CM-03', 'INTERSECT'),
    (P11, ['11.10(f)'], '8.26, 8.28', 'PR.PS-06', 'RELATED'),
    (P11, ['11.10(g)'], '5.3, 5.15, 5.18, 8.2, 8.3', 'PR.AA-05', 'INTERSECT'),
    (P11, ['11.10(h)'], '8.1, 8.5, 8.20, 8.21', 'PR.AA-03, PR.AA-01, PR.IR-01', 'INTERSECT'),
    (P11, ['11.10(i)'], '6.3, 5.2', 'PR.AT-01, PR.AT-02, GV.RR-04', 'INTERSECT'),
    (P11, ['11.10(j)'], '5.1, 5.10, 6.2, 6.4', 'GV.PO-01, GV.RR-02', 'RELATED'),
    (P11, ['11.10(k)(1)', '11.10(k)(2)'], '5.37, 8.9, 8.32, 8.4', 'PR.PS-01, ID.RA-07', 'INTERSECT'),
    (P11, ['11.30'], '8.24, 5.14, 8.20, 8.21, 5.23', 'PR.DS-02, PR.AA-04', 'INTERSECT'),
    (P11, ['11.50(a)', '11.50(b)'], '8.26', '', 'RELATED'),
    (P11, ['11.70'], '8.24, 8.26', 'PR.DS-01, PR.DS-10', 'INTERSECT'),
    (P11, ['11.100(a)'], '5.16', 'PR.AA-01', 'INTERSECT'),
    (P11, ['11.100(b)'], '5.16, 6.1', 'PR.AA-02', 'INTERSECT'),
    (P11, ['11.100(c)'], '5.31, 5.5', 'GV.OC-03', 'RELATED'),
    (P11, ['11.200(a)(1)', '11.200(b)'], '8.5, 5.17', 'PR.AA-03', 'INTERSECT'),
    (P11, ['11.300(a)'], '5.16, 5.17', 'PR.AA-01', 'INTERSECT'),
    (P11, ['11.300(b)'], '5.17, 5.18', 'PR.AA-01, PR.AA-05', 'INTERSECT'),
    (P11, ['11.300(c)'], '5.17, 5.11', 'PR.AA-01', 'INTERSECT'),
    (P11, ['11.300(d)'], '8.5, 8.15, 8.16, 6.8, 5.25', 'PR.AA-03, DE.CM-03, DE.AE-02, DE.AE-06', 'INTERSECT'),
    (P11, ['11.300(e)'], '8.5, 7.13', 'ID.RA-09', 'INTERSECT'),
    (A11, ['A11-P', 'A11-1'], '5.8', 'GV.RM, ID.RA-04, ID.RA-05', 'INTERSECT'),
    (A11, ['A11-2'], '5.2, 6.3', 'GV.RR-02, PR.AT-01, PR.AT-02', 'INTERSECT'),
    (A11, ['A11-3'], '5.19, 5.20, 5.21, 5.22, 5.23', 'GV.SC-01..10, ID.AM-04', 'INTERSECT'),
    (A11, ['A11-4'], '5.9, 8.25, 8.26, 8.29, 8.31, 8.32, 8.33', 'ID.AM-02, PR.PS-06, ID.RA-07', 'INTERSECT'),
    (A11, ['A11-5'], '5.14, 8.26', 'PR.DS-02', 'INTERSECT'),
    (A11, ['A11-6'], '8.26', 'PR.DS-01', 'RELATED'),
    (A11, ['A11-7'], '8.13, 5.33, 7.10', 'PR.DS-01, PR.DS-11, RC.RP-03', 'INTERSECT'),
    (A11, ['A11-8'], '5.33', '', 'RELATED'),
    (A11, ['A11-9'], '8.15, 8.17', 'PR.PS-04, DE.CM-03', 'INTERSECT'),
    (A11, ['A11-10'], '8.9, 8.32', 'PR.PS-01, ID.RA-07', 'INTERSECT'),
    (A11, ['A11-11'], '5.35, 5.36', 'ID.IM-01, GV.OV-03', 'INTERSECT'),
    (A11, ['A11-12'], '5.15..5.18, 7.1..7.4, 8.2, 8.3, 8.5', 'PR.AA-01..06', 'INTERSECT'),
    (A11, ['A11-13'], '5.24..5.28, 6.8', 'DE.AE-08, RS.MA-01..05, RS.AN-03, ID.IM-04', 'INTERSECT'),
    (A11, ['A11-14'], '8.5, 8.24', 'PR.AA-03, PR.DS-01', 'INTERSECT'),
    (A11, ['A11-15'], '5.3, 8.2, 8.3', 'PR.AA-05', 'INTERSECT'),
    (A11, ['A11-16'], '5.29, 5.30, 8.14', 'PR.IR-03, RC.RP-01..06', 'INTERSECT'),
    (A11, ['A11-17'], '5.33, 8.13, 8.10', 'PR.DS-01, PR.DS-11, ID.AM-08', 'INTERSECT'),
    (DRAFT, ['A11D-8'], '8.16', 'DE.CM-09, DE.AE-02', 'INTERSECT'),
    (DRAFT, ['A11D-11'], '5.15..5.18, 8.2, 8.5', 'PR.AA-01..05', 'INTERSECT'),
    (DRAFT, ['A11D-15'], '8.7, 8.8, 8.20..8.22, 8.24, 8.29', 'PR.PS-02, PR.IR-01, ID.RA-01, DE.CM-01', 'INTERSECT'),
]

# CSF 2.0 -> ISO 27001 pairs section 5 names as checked against NIST's OLIR mapping
CSF_ISO = [('PR.PS-04', '8.15'), ('PR.PS-04', '8.17'), ('PR.DS-11', '8.13'), ('PR.PS-01', '8.9'),
           ('ID.RA-07', '8.32'), ('PR.AA-01', '5.16'), ('PR.AA-03', '8.5'), ('PR.AA-05', '5.15'),
           ('PR.AA-05', '5.18'), ('PR.AA-05', '8.2'), ('GV.SC', '5.19'), ('GV.SC', '5.20'), ('GV.SC', '5.21'),
           ('GV.SC', '5.22')]

# Part 11 <-> Annex 11 (2011), cited together by the checks of section 7
P11_A11 = [('11.10(a)', 'A11-4'), ('11.10(a)', 'A11-7'), ('11.10(b)', 'A11-8'), ('11.10(c)', 'A11-7'),
           ('11.10(c)', 'A11-17'), ('11.10(d)', 'A11-12'), ('11.10(e)', 'A11-9'), ('11.10(g)', 'A11-12'),
           ('11.10(g)', 'A11-15'), ('11.10(h)', 'A11-5'), ('11.10(h)', 'A11-6'), ('11.10(i)', 'A11-2'),
           ('11.10(k)(2)', 'A11-10'), ('11.50(a)', 'A11-14'), ('11.50(b)', 'A11-14'), ('11.70', 'A11-14')]


def expand(spec):
    out = []
    for item in [s.strip() for s in spec.split(',') if s.strip()]:
        if '..' not in item:
            out.append(item)
        elif '-' in item.split('..')[0]:  # PR.AA-01..06
            head, last = item.split('..')
            stem, first = head.rsplit('-', 1)
            out += ['%s-%02d' % (stem, n) for n in range(int(first), int(last) + 1)]
        else:  # 5.15..5.18
            first, last = item.split('..')
            theme, a = first.split('.')
            out += ['%s.%d' % (theme, n) for n in range(int(a), int(last.split('.')[1]) + 1)]
    return out


LINKS = []
for fw, ids, iso, csf, relation in ROWS:
    for rid in ids:
        LINKS += [(fw, rid, 'ISO-IEC-27001', 'A.' + c, relation) for c in expand(iso)]
        LINKS += [(fw, rid, 'NIST-CSF-2', c, relation) for c in expand(csf)]
LINKS += [('NIST-CSF-2', csf, 'ISO-IEC-27001', 'A.' + iso, 'INTERSECT') for csf, iso in CSF_ISO]
LINKS += [(P11, p, A11, a, 'INTERSECT') for p, a in P11_A11]
# QMSR incorporates ISO 13485 by reference: its core requirement is the whole standard
LINKS += [('21-CFR-820', '820.10', 'ISO-13485', c, 'SUPERSET') for c in ['4', '5', '6', '7', '8']]
LINKS += [('21-CFR-820', '820.10(c)', 'ISO-13485', '7.3', 'RELATED')]
