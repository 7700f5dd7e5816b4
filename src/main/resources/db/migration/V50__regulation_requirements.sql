-- Regulation catalogue, requirements and crosswalk (issue 11 item 1). Seeded by V51/V52 in our own short wording;
-- imports (OSCAL, CISO Assistant YAML, CSV) add frameworks, requirements and links, or load a customer's licensed
-- text into description. Ids are as people cite them: A.5.1, GV.OC-01, 11.10(e).
create table gxp_regulation_requirement (
    framework_id   varchar(40)  not null references gxp_regulation_framework (id),
    requirement_id varchar(80)  not null,
    title          varchar(300) not null,
    description    text,
    parent_id      varchar(80),
    sort_order     integer      not null,
    primary key (framework_id, requirement_id)
);

-- A link is stored once, read from its "from" end; the catalogue reverses it when asked from the other end.
create table gxp_regulation_mapping (
    from_framework   varchar(40) not null,
    from_requirement varchar(80) not null,
    to_framework     varchar(40) not null,
    to_requirement   varchar(80) not null,
    relation         varchar(16) not null,
    primary key (from_framework, from_requirement, to_framework, to_requirement),
    foreign key (from_framework, from_requirement) references gxp_regulation_requirement (framework_id, requirement_id),
    foreign key (to_framework, to_requirement) references gxp_regulation_requirement (framework_id, requirement_id),
    constraint ck_gxp_regulation_mapping_relation check (relation in ('EQUAL', 'SUBSET', 'SUPERSET', 'INTERSECT', 'RELATED'))
);
create index ix_gxp_regulation_mapping_to on gxp_regulation_mapping (to_framework, to_requirement);
