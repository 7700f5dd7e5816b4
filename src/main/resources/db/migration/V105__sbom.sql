-- Software bills of materials (FD&C 524B(b)(3), FDA premarket guidance 2023/2025), module vulnerability. A CycloneDX
-- BOM as uploaded (bytes and SHA-256 kept: the SBOM is a record), with its components for matching advisories.
create table gxp_sbom (
    id               varchar(40)   not null primary key,
    product_name     varchar(200)  not null,
    product_version  varchar(100)  not null,
    spec_version     varchar(10),
    format           varchar(8)    not null,
    file_name        varchar(300),
    content          bytea         not null,
    sha256           varchar(64)   not null,
    component_count  integer       not null,
    uploaded_by      varchar(64)   not null,
    uploaded_at      timestamp with time zone not null
);

create table gxp_sbom_component (
    sbom_id     varchar(40)   not null references gxp_sbom (id),
    seq    integer       not null,
    bom_ref     varchar(1000),
    group_name  varchar(500),
    name        varchar(500)  not null,
    version     varchar(200),
    purl        varchar(1000),
    type        varchar(40),
    hashes      varchar(8000),
    primary key (sbom_id, seq)
);
create index gxp_sbom_component_name on gxp_sbom_component (name);
