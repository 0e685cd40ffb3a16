use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Store = "Store errors"))]
#[error("the store failed")]
pub enum StoreError {
    /// The store could not be read.
    Unreadable { source: String } = 9001,
}

fn main() {}
