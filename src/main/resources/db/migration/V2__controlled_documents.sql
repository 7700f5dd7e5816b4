-- Register of controlled documents (820.40 / ISO 13485 4.2.4): a version becomes effective only
-- at the end of DocumentApprovalProcess.
create table gxp_controlled_document (
    document_number      varchar(64)  not null,
    version              varchar(16)  not null,
    title                varchar(300) not null,
    status               varchar(16)  not null,
    author_id            varchar(64)  not null,
    process_instance_id  varchar(64)  not null,
    effective_at         timestamp with time zone not null,
    primary key (document_number, version)
);
