//! What the integration tests share.

pub mod official_list;
