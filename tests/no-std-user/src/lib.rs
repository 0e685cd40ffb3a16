//! A `#![no_std]`, `#![no_implicit_prelude]` library with a table of its own:
//! it builds only if the expansion needs nothing but `core` and absolute paths.
#![no_std]
#![no_implicit_prelude]
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    unsafe_code,
    clippy::all,
    clippy::pedantic
)]

/// The codes of a device that has no allocator.
#[::parse_errors::parse_errors(
    category(Sensor = "Sensor errors"),
    category(Link = "Link errors", client_only)
)]
pub enum DeviceError {
    /// The sensor did not answer.
    #[entry(Sensor)]
    SensorTimeout = 9001,
    /// The sensor is not answering.
    #[entry(Sensor, alias)]
    SensorSilent = 9001,
    /// The radio link dropped.
    #[entry(Link)]
    #[error("link down")]
    LinkDown = 9002,
}

/// The codes of a newer model, on top of the device's.
#[::parse_errors::parse_errors(extends = DeviceError, range = 9100..=9199, category(Battery = "Battery errors"))]
pub enum NewerDeviceError {
    /// The battery is too cold to charge.
    BatteryCold = 9100,
}

/// What a reading went wrong with: errors that carry data, with no allocator.
#[derive(::core::fmt::Debug)]
#[::parse_errors::parse_errors(extends = DeviceError, range = 9200..=9299, category(Reading = "Reading errors"))]
pub enum ReadingError {
    /// The reading is out of range.
    #[error("reading {value} is outside {low}..={high}")]
    OutOfRange {
        /// What was read.
        value: ::core::primitive::i16,
        /// The lowest valid reading.
        low: ::core::primitive::i16,
        /// The highest valid reading.
        high: ::core::primitive::i16,
    } = 9200,
    /// The frame could not be written out.
    #[error("frame {0:#04x} unwritable")]
    Unwritable(::core::primitive::u8, #[source] ::core::fmt::Error) = 9201,
    /// The sensor did not answer in time.
    #[entry(alias)]
    Timeout(::core::primitive::u32) = 9001,
}

/// Reads a code from a frame, as firmware would, without allocating.
#[must_use]
pub fn decode(frame: [u8; 4]) -> ::core::option::Option<DeviceError> {
    DeviceError::from_code(::core::primitive::i32::from_le_bytes(frame))
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::{DeviceError, decode};
    use std::iter::Iterator as _;

    #[test]
    fn decodes_a_frame_into_every_name_of_its_code() {
        std::assert_eq!(
            decode(9001_i32.to_le_bytes()),
            ::core::option::Option::Some(DeviceError::SensorSilent)
        );
        std::assert_eq!(decode(7_i32.to_le_bytes()), ::core::option::Option::None);
    }

    #[test]
    fn a_newer_model_reads_the_older_codes_too() {
        use super::NewerDeviceError;
        std::assert_eq!(
            NewerDeviceError::from_code(9002),
            ::core::option::Option::Some(NewerDeviceError::Base(DeviceError::LinkDown))
        );
        std::assert_eq!(NewerDeviceError::BatteryCold.code(), 9100);
    }

    #[test]
    fn a_failed_name_lookup_keeps_the_input() {
        let error = <DeviceError as ::core::str::FromStr>::from_str("SensorTimout").unwrap_err();
        std::assert_eq!(error.input(), "SensorTimout");
        std::assert_eq!(
            error.suggestions().next(),
            ::core::option::Option::Some("SensorTimeout")
        );
        std::assert_eq!(
            std::string::ToString::to_string(&DeviceError::LinkDown),
            "link down"
        );
    }

    #[test]
    fn errors_with_data_keep_their_codes_without_an_allocator() {
        use super::ReadingError;
        let error = ReadingError::OutOfRange {
            value: -3,
            low: 0,
            high: 100,
        };
        std::assert_eq!(error.code(), 9200);
        std::assert_eq!(
            std::string::ToString::to_string(&error),
            "reading -3 is outside 0..=100"
        );
        let unwritable = ReadingError::Unwritable(7, ::core::fmt::Error);
        std::assert_eq!(
            std::string::ToString::to_string(&unwritable),
            "frame 0x07 unwritable"
        );
        std::assert!(::core::error::Error::source(&unwritable).is_some());
        std::assert_eq!(
            ReadingError::Timeout(30).kind(),
            super::ReadingErrorCode::Base(DeviceError::SensorTimeout)
        );
        std::assert_eq!(
            <ReadingError as ::parse_errors::CodedError>::code(&ReadingError::Timeout(1)),
            9001
        );
    }
}
