//! The lookups, `Display`, and codes and error bodies in JSON allocate nothing:
//! counted by a global allocator.

// A `GlobalAlloc` is unsafe to implement; this one only counts, then hands
// every call to `System` unchanged.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;

use parse_errors::ErrorCode;

/// Counts the allocations of the current thread, so the test harness's other
/// threads do not disturb the count.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: the caller's contract for `layout` is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this `layout`, above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: as for `alloc` and `dealloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many allocations `work` makes on this thread.
fn allocations(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    work();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn the_counter_counts() {
    assert_eq!(allocations(|| drop(std::hint::black_box(vec![1u8; 16]))), 1);
}

#[test]
fn lookups_allocate_nothing() {
    let codes: Vec<i32> = (-2..1000)
        .chain([9001, 123_456, i32::MIN, i32::MAX])
        .collect();
    let names: Vec<&str> = ErrorCode::ENTRIES
        .iter()
        .map(|entry| entry.name)
        .chain(["NoSuchName", "", "OBJECT_NOT_FOUND", "invalid_json"])
        .collect();
    let mut found = 0usize;
    let count = allocations(|| {
        for &code in &codes {
            if let Some(kind) = ErrorCode::from_code(std::hint::black_box(code)) {
                found += kind.code().unsigned_abs() as usize
                    + kind.name().len()
                    + kind.description().len()
                    + kind.category().title().len()
                    + usize::from(kind.is_client_only());
            }
        }
        for &name in &names {
            found += ErrorCode::from_name(std::hint::black_box(name))
                .map_or(0, |kind| kind.name().len());
            found += ErrorCode::from_name_loose(std::hint::black_box(name))
                .map_or(0, |kind| kind.name().len());
        }
    });
    assert_eq!(count, 0);
    assert!(found > 0);
}

#[test]
fn display_into_a_sized_buffer_allocates_nothing() {
    let longest = ErrorCode::ALL
        .iter()
        .map(|code| code.to_string().len())
        .max()
        .unwrap_or(0);
    let mut buffer = String::with_capacity(longest);
    let count = allocations(|| {
        for code in ErrorCode::ALL {
            buffer.clear();
            write!(buffer, "{code}").expect("writing to a String cannot fail");
            assert!(!buffer.is_empty());
        }
    });
    assert_eq!(count, 0);
}

/// An error of a user's own, with a message formatted from its fields and a
/// character JSON escapes.
#[derive(Debug)]
struct Short {
    needed: u32,
}

impl std::fmt::Display for Short {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "need {} \"coins\"", self.needed)
    }
}

impl parse_errors::CodedError for Short {
    type Table = ErrorCode;

    fn kind(&self) -> ErrorCode {
        ErrorCode::ScriptFailed
    }
}

parse_errors::__private::serde_coded_error!({} {Short} {});

#[test]
fn codes_and_error_bodies_go_to_json_and_back_without_allocating() {
    let mut buffer = [0u8; 64];
    let mut read = Vec::with_capacity(ErrorCode::ALL.len());
    let mut body_len = 0;
    let count = allocations(|| {
        for code in ErrorCode::ALL {
            let mut out = &mut buffer[..];
            serde_json::to_writer(&mut out, code).expect("a code fits");
            let written = 64 - out.len();
            let back: ErrorCode = serde_json::from_slice(&buffer[..written]).expect("a code");
            read.push(back);
        }
        let mut out = &mut buffer[..];
        serde_json::to_writer(&mut out, &Short { needed: 5 }).expect("the body fits");
        body_len = 64 - out.len();
    });
    assert_eq!(count, 0);
    assert_eq!(read, ErrorCode::ALL);
    assert_eq!(
        &buffer[..body_len],
        br#"{"code":141,"error":"need 5 \"coins\""}"#
    );
}
