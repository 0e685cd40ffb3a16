use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Store = "Store errors"))]
pub enum StoreError {
    /// The store could not be read.
    Unreadable {
        path: String,
        #[from]
        io: std::io::Error,
    } = 9001,
}

fn main() {
    // `#[from]` was refused, yet the field is still the source.
    let error = StoreError::Unreadable { path: String::new(), io: std::io::Error::other("disk") };
    assert!(std::error::Error::source(&error).is_some());
}
