use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"), category_enum = Section, category_enum = Kind)]
pub enum ErrorCode {
    /// The object was not found.
    ObjectNotFound = 101,
}

fn main() {}
