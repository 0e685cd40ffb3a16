// The macro's stages as plain modules, for the tools that call its pipeline
// without a compiler: `benches/benches/expansion.rs` and `fuzz/src/lib.rs`
// `include!` this file at their crate root. A proc-macro crate exports nothing
// but its macros, so this is how they run the very code the macro runs. The
// paths are relative to this file; keep the list in step with `src/lib.rs`.

#[allow(unused_imports, dead_code)]
#[path = "src/ast.rs"]
mod ast;
#[allow(unused_imports, dead_code)]
#[path = "src/attr.rs"]
mod attr;
#[allow(unused_imports, dead_code)]
#[path = "src/ctxt.rs"]
mod ctxt;
#[allow(unused_imports, dead_code)]
#[path = "src/data.rs"]
mod data;
#[allow(unused_imports, dead_code)]
#[path = "src/data_expand.rs"]
mod data_expand;
#[allow(unused_imports, dead_code)]
#[path = "src/expand.rs"]
mod expand;
#[allow(unused_imports, dead_code)]
#[path = "src/fallback.rs"]
mod fallback;
#[allow(unused_imports, dead_code)]
#[path = "src/fmt.rs"]
mod fmt;
#[allow(unused_imports, dead_code)]
#[path = "src/layout.rs"]
mod layout;
#[allow(unused_imports, dead_code)]
#[path = "src/lit.rs"]
mod lit;
#[allow(unused_imports, dead_code)]
#[path = "src/manifest.rs"]
mod manifest;
#[allow(unused_imports, dead_code)]
#[path = "src/model.rs"]
mod model;
#[allow(unused_imports, dead_code)]
#[path = "src/pipeline.rs"]
mod pipeline;
#[allow(unused_imports, dead_code)]
#[path = "src/suggest.rs"]
mod suggest;
#[allow(unused_imports, dead_code)]
#[path = "src/valid.rs"]
mod valid;
