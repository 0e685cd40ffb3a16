use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Store = "Store errors"))]
#[error("the store failed")]
pub enum StoreError {
    /// The store could not be read.
    Unreadable(#[from] std::io::Error) = 9001,
    /// The store could not be written.
    Unwritable(#[from] std::io::Error) = 9002,
}

fn main() {
    // The first `From` stands: no follow-on error here.
    let error = StoreError::from(std::io::Error::other("disk"));
    assert_eq!(error.code(), 9001);
}
