//! `print!` and `println!` on the PL011 console.

use core::fmt::{self, Write};

use crate::hal::Uart;

/// Writes formatted text to the console.
pub fn print(args: fmt::Arguments) {
    let _ = Uart.write_fmt(args);
}

/// Prints to the console.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => { $crate::console::print(format_args!($($arg)*)) };
}

/// Prints a line to the console.
#[macro_export]
macro_rules! println {
    () => { $crate::console::print(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::console::print(format_args!("{}\n", format_args!($($arg)*))) };
}
