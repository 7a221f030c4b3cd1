// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `PRIQ` queue: its 16-byte records and their encoding.
