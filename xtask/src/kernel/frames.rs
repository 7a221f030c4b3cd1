//! The built module's stack frames, read off its machine code (`llvm-objdump -d`): the deepest
//! the stack pointer goes below a function's entry, summed over its prologue's adjustments,
//! against a bound per function. A kernel thread has 16 KiB of stack for every frame of its
//! call chain (the ioctl paths that reach an IOMMU driver are already deep), and a Rust value
//! moved by value (a domain's page table with its tables at hand inline, say) is a copy in the
//! frame of each function it passes through: a 10.7 KiB frame of `domain_alloc_paging` once
//! overran the stack of an iommufd ioctl and wrote over a sleeping thread's. The kernel's build
//! warns of no Rust frame (`CONFIG_FRAME_WARN`, 2048 bytes on 64-bit, is C's); the bound here is
//! a quarter of the stack.

use std::path::Path;
use std::process::Command;

/// The largest frame a function of the module may have, in bytes.
pub const FRAME_LIMIT: u64 = 4096;

/// A function and its frame, in bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub function: String,
    pub bytes: u64,
}

/// Every function of `ko` whose frame exceeds [`FRAME_LIMIT`], largest first; an error if the
/// disassembler cannot be run.
pub fn check(objdump: &str, ko: &Path) -> Result<Vec<Frame>, String> {
    let out = Command::new(objdump)
        .args(["-d", "--no-show-raw-insn"])
        .arg(ko)
        .output()
        .map_err(|e| format!("cannot run {objdump}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{objdump} -d {} failed: {}",
            ko.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let mut over: Vec<Frame> = frames(&String::from_utf8_lossy(&out.stdout))
        .into_iter()
        .filter(|f| f.bytes > FRAME_LIMIT)
        .collect();
    over.sort_by_key(|f| std::cmp::Reverse(f.bytes));
    Ok(over)
}

/// Each function's frame in a disassembly (arm64 or riscv64, as `llvm-objdump` prints them).
pub fn frames(disassembly: &str) -> Vec<Frame> {
    let mut out = Vec::new();
    let mut cur: Option<Walk> = None;
    for line in disassembly.lines() {
        if let Some(name) = function_header(line) {
            out.extend(cur.take().map(Walk::frame));
            cur = Some(Walk::new(name));
        } else if let Some(w) = cur.as_mut() {
            if let Some((op, args)) = instruction(line) {
                w.step(op, &args);
            }
        }
    }
    out.extend(cur.map(Walk::frame));
    out
}

/// The walk of one function: how far below its entry the stack pointer is, the deepest it
/// went, and the constants its prologue builds in registers (for an adjustment too large for
/// one instruction's immediate).
struct Walk {
    function: String,
    below: i64,
    deepest: i64,
    consts: Vec<(String, i64)>,
    /// The frame pointer's register and how far below the entry it points.
    frame_pointer: Option<(String, i64)>,
}

impl Walk {
    fn new(function: &str) -> Walk {
        Walk {
            function: function.to_string(),
            below: 0,
            deepest: 0,
            consts: Vec::new(),
            frame_pointer: None,
        }
    }

    fn frame(self) -> Frame {
        Frame {
            function: self.function,
            bytes: self.deepest.max(0) as u64,
        }
    }

    fn konst(&self, reg: &str) -> Option<i64> {
        self.consts
            .iter()
            .rev()
            .find(|(r, _)| r == reg)
            .map(|(_, v)| *v)
    }

    fn set(&mut self, reg: &str, v: i64) {
        self.consts.push((reg.to_string(), v));
    }

    fn adjust(&mut self, down: i64) {
        self.below += down;
        self.deepest = self.deepest.max(self.below);
    }

    fn step(&mut self, op: &str, a: &[&str]) {
        match (op, a) {
            // riscv64
            ("addi", ["sp", "sp", imm]) => {
                if let Some(v) = number(imm) {
                    self.adjust(-v);
                }
            }
            ("sub", ["sp", "sp", reg]) => match self.konst(reg) {
                Some(v) => self.adjust(v),
                // arm64: `sub sp, sp, #imm[, lsl #12]`
                None => {
                    if let Some(v) = arm_imm(reg, None) {
                        self.adjust(v);
                    }
                }
            },
            ("sub", ["sp", "sp", imm, shift]) => {
                if let Some(v) = arm_imm(imm, Some(shift)) {
                    self.adjust(v);
                }
            }
            ("add", ["sp", "sp", imm, rest @ ..]) => {
                if let Some(v) = arm_imm(imm, rest.first().copied()) {
                    self.adjust(-v);
                }
            }
            ("lui", [rd, imm]) => {
                // `lui` loads a 20-bit immediate into bits 31:12, sign-extended.
                if let Some(v) = number(imm) {
                    self.set(rd, i64::from((v << 12) as i32));
                }
            }
            // A frame pointer set from the stack pointer (`addi s0, sp, 0x1f0`), and the stack
            // pointer restored from it (`addi sp, s0, -0x1f0`).
            ("addi", [rd, "sp", imm]) => {
                if let Some(v) = number(imm) {
                    self.frame_pointer = Some((rd.to_string(), self.below - v));
                }
            }
            ("addi", ["sp", rs, imm]) => {
                if let (Some(fp), Some(v)) = (self.frame_pointer_at(rs), number(imm)) {
                    self.below = fp - v;
                }
            }
            ("addi" | "addiw", [rd, rs, imm]) => {
                let base = if *rs == "zero" {
                    Some(0)
                } else {
                    self.konst(rs)
                };
                if let (Some(base), Some(v)) = (base, number(imm)) {
                    self.set(rd, base + v);
                }
            }
            ("li", [rd, imm]) => {
                if let Some(v) = number(imm) {
                    self.set(rd, v);
                }
            }
            // arm64: a store that moves the stack pointer first (`stp x29, x30, [sp, #-0x60]!`).
            ("stp" | "str", [.., "[sp", off]) if off.ends_with("]!") => {
                if let Some(v) = number(off.trim_end_matches("]!")) {
                    self.adjust(-v);
                }
            }
            _ => {}
        }
        match (op, a) {
            // arm64: `mov x29, sp` sets the frame pointer; `mov sp, x29` restores from it.
            ("mov", [rd, "sp"]) => self.frame_pointer = Some((rd.to_string(), self.below)),
            ("mov" | "mv", ["sp", rs]) => {
                self.below = self.frame_pointer_at(rs).unwrap_or(0);
            }
            // The next code is another path's, entered with the stack as at the entry.
            ("ret", _) => self.below = 0,
            _ => {}
        }
    }

    /// How far below the entry `reg` points, if it is the frame pointer.
    fn frame_pointer_at(&self, reg: &str) -> Option<i64> {
        self.frame_pointer
            .as_ref()
            .filter(|(r, _)| r == reg)
            .map(|(_, below)| *below)
    }
}

/// The function a line like `0000000000015bfa <name>:` starts.
fn function_header(line: &str) -> Option<&str> {
    let (addr, rest) = line.split_once(' ')?;
    if addr.is_empty() || !addr.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    rest.strip_prefix('<')?.strip_suffix(">:")
}

/// The mnemonic and operands of an instruction line (`   15bfa:  \taddi\tsp, sp, -0x1f0`).
fn instruction(line: &str) -> Option<(&str, Vec<&str>)> {
    let (addr, rest) = line.trim_start().split_once(':')?;
    if addr.is_empty() || !addr.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut fields = rest.trim().splitn(2, '\t');
    let op = fields.next()?.trim();
    let args = fields
        .next()
        .map(|s| s.split('<').next().unwrap_or("").trim())
        .map(|s| {
            s.split(", ")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    Some((op, args))
}

/// `0x1f0`, `-0x730`, `2032` or `-16`.
fn number(s: &str) -> Option<i64> {
    let s = s.trim().trim_start_matches('#');
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let v = match digits.strip_prefix("0x") {
        Some(h) => i64::from_str_radix(h, 16).ok()?,
        None => digits.parse().ok()?,
    };
    Some(if neg { -v } else { v })
}

/// An arm64 immediate `#imm`, shifted by `lsl #12` if that follows.
fn arm_imm(imm: &str, shift: Option<&str>) -> Option<i64> {
    if !imm.starts_with('#') {
        return None;
    }
    let v = number(imm)?;
    match shift.map(str::trim) {
        None => Some(v),
        Some(s) => {
            let by = number(s.strip_prefix("lsl")?.trim())?;
            Some(v << by)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_riscv_frame_built_in_a_register_is_summed_with_its_prologue() {
        let d = "\
0000000000015bfa <big>:
   15bfa:      \taddi\tsp, sp, -0x1f0
   15bfc:      \tsd\tra, 0x1e8(sp)
   15c16:      \taddi\ts0, sp, 0x1f0
   15c18:      \tlui\ta2, 0x3
   15c1a:      \taddi\ta2, a2, -0x730
   15c1e:      \tsub\tsp, sp, a2
   15c22:      \tandi\tsp, sp, -0x40
   15c30:      \taddi\tsp, s0, -0x1f0
   15c34:      \tld\tra, 0x1e8(sp)
   15c36:      \taddi\tsp, sp, 0x1f0
   15c38:      \tret

0000000000015c40 <small>:
   15c40:      \taddi\tsp, sp, -0x20
   15c42:      \taddi\tsp, sp, 0x20
   15c44:      \tret
";
        assert_eq!(
            frames(d),
            [
                Frame {
                    function: "big".into(),
                    bytes: 0x1f0 + 0x3000 - 0x730
                },
                Frame {
                    function: "small".into(),
                    bytes: 0x20
                }
            ]
        );
    }

    #[test]
    fn an_arm64_frame_counts_the_pre_indexed_store_and_the_shifted_subtraction() {
        let d = "\
0000000000000100 <big>:
     100:      \tstp\tx29, x30, [sp, #-0x60]!
     104:      \tmov\tx29, sp
     108:      \tsub\tsp, sp, #0x2, lsl #12
     10c:      \tsub\tsp, sp, #0x1a0
     110:      \tadd\tsp, sp, #0x2, lsl #12
     114:      \tadd\tsp, sp, #0x1a0
     118:      \tldp\tx29, x30, [sp], #0x60
     11c:      \tret
";
        assert_eq!(frames(d)[0].bytes, 0x60 + 0x2000 + 0x1a0);
    }

    #[test]
    fn a_frame_restored_from_the_frame_pointer_ends_there() {
        let d = "\
0000000000000100 <f>:
     100:      \tstp\tx29, x30, [sp, #-0x20]!
     104:      \tsub\tsp, sp, #0x100
     108:      \tmov\tsp, x29
     10c:      \tldp\tx29, x30, [sp], #0x20
     110:      \tret
     114:      \tstp\tx29, x30, [sp, #-0x20]!
";
        assert_eq!(frames(d)[0].bytes, 0x120);
    }
}
