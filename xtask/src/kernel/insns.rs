//! Guest instructions per MiB of block I/O, beside the throughput in every `cargo xtask compare`
//! (`IOMMUGEN_INSNS=0` leaves them out): the CPU work of each virtio-blk phase, for the rows
//! whose time swings between sittings by more than the drivers differ. With one process the
//! count repeats to about 0.2% from round to round; with several, the guest's own work depends
//! on when the host completes the I/O (how often the processes switch, how many completions an
//! interrupt finds), and it moves by up to a third between the rounds of one boot.
//!
//! The comparison's boots load the QEMU plugin of `xtask/insns` (`-plugin
//! PATH,out=FILE`), which appends `mark N TOTAL` to FILE whenever the guest executes a mark
//! (`movz xzr, #N`), TOTAL being the instructions every vCPU executed so far; init
//! (`xtask/kernel/init.c`) sets mark 1 where a timed block-I/O phase starts and mark 2 where it
//! ends, and with `iommugen.insns=1` names the phase on the console (`insns: phase K: WHAT DIR
//! M MiB`). Everything the vCPUs execute in between counts: the system calls, the block layer,
//! the DMA layer and the IOMMU driver's map and unmap, the interrupts, the timer ticks, the
//! invalidations, and the idle loop's few instructions (a vCPU waiting in WFI executes none).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::util::run_logged;
use super::Paths;

/// Whether the comparison counts the guest instructions of the block-I/O phases: yes, unless
/// `IOMMUGEN_INSNS=0` (the plugin's counting costs QEMU little; the figures then come from
/// time alone).
pub fn enabled() -> bool {
    std::env::var("IOMMUGEN_INSNS").map_or(true, |v| v != "0")
}

/// Builds the plugin (cargo decides what to rebuild) in a target directory of the cache and
/// returns the shared object QEMU loads.
pub fn build(p: &Paths) -> Result<PathBuf, String> {
    let target_dir = p.cache.join("insns-target");
    let mut c = crate::cargo();
    c.current_dir(&p.root)
        .args(["build", "--release", "-p", "iommugen-insns", "--target-dir"])
        .arg(&target_dir);
    run_logged(&mut c, &p.logs.join("insns-build.log"))?;
    let so = target_dir.join("release/libiommugen_insns.so");
    if so.is_file() {
        Ok(so)
    } else {
        Err(format!("the plugin's build left no {}", so.display()))
    }
}

/// QEMU's arguments that load the plugin writing its marks to `out`.
pub fn qemu_args(so: &Path, out: &Path) -> [String; 2] {
    [
        "-plugin".to_string(),
        format!("{},out={}", so.display(), out.display()),
    ]
}

/// One workload and direction of init's block tests: `blk` (one process) or `blk JxD`, and
/// whether it writes.
pub type Phase = (String, bool);

/// The fewest instructions per MiB each workload and direction took over its rounds (the
/// counterpart of init's best-of-N throughput), from a boot's console and the plugin's marks.
pub fn per_mib(console: &str, marks: &str) -> Result<BTreeMap<Phase, f64>, String> {
    // The instructions of each phase, in the order the phases ended.
    let mut phases = Vec::new();
    let mut start = None;
    for (n, line) in marks.lines().enumerate() {
        let mut w = line.split_whitespace();
        let (Some("mark"), Some(id), Some(total), None) = (w.next(), w.next(), w.next(), w.next())
        else {
            return Err(format!(
                "marks, line {}: `{line}` is not `mark N TOTAL`",
                n + 1
            ));
        };
        let total: u64 = total
            .parse()
            .map_err(|_| format!("marks, line {}: `{total}` is not a count", n + 1))?;
        match id {
            "1" => start = Some(total),
            "2" => match start.take() {
                Some(s) if s <= total => phases.push(total - s),
                _ => {
                    return Err(format!(
                        "marks, line {}: a phase ends that did not start (or counts back)",
                        n + 1
                    ))
                }
            },
            other => return Err(format!("marks, line {}: unknown mark {other}", n + 1)),
        }
    }
    let mut best: BTreeMap<Phase, f64> = BTreeMap::new();
    let mut named = 0;
    for line in console.lines() {
        let Some(at) = line.find("iommugen-init: insns: phase ") else {
            continue;
        };
        let text = &line[at + "iommugen-init: insns: phase ".len()..];
        let bad = || {
            format!(
                "console: `{}` is not `insns: phase K: WHAT DIR M MiB`",
                text
            )
        };
        let (k, rest) = text.split_once(": ").ok_or_else(bad)?;
        let k: usize = k.parse().map_err(|_| bad())?;
        let rest = rest.strip_suffix(" MiB").ok_or_else(bad)?;
        let mut w = rest.rsplitn(3, ' ');
        let (Some(mib), Some(dir), Some(what)) = (w.next(), w.next(), w.next()) else {
            return Err(bad());
        };
        let mib: f64 = mib.parse().map_err(|_| bad())?;
        let writing = match dir {
            "write" => true,
            "read" => false,
            _ => return Err(bad()),
        };
        let Some(&insns) = k.checked_sub(1).and_then(|i| phases.get(i)) else {
            return Err(format!(
                "console names phase {k}, the plugin counted {} phase(s)",
                phases.len()
            ));
        };
        if mib <= 0.0 {
            return Err(bad());
        }
        named += 1;
        let v = insns as f64 / mib;
        best.entry((what.to_string(), writing))
            .and_modify(|b| *b = b.min(v))
            .or_insert(v);
    }
    if named != phases.len() {
        return Err(format!(
            "the plugin counted {} phase(s), the console names {named}",
            phases.len()
        ));
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONSOLE: &str = "\
[    2.0] iommugen-init: insns: phase 1: blk write 32 MiB
[    2.1] iommugen-init: blk: round 1: wrote 32 MiB ...
[    2.2] iommugen-init: insns: phase 2: blk read 32 MiB
[    2.3] iommugen-init: insns: phase 3: blk write 32 MiB
[    2.4] iommugen-init: insns: phase 4: blk read 32 MiB
[    2.5] iommugen-init: insns: phase 5: blk 4x1 write 32 MiB
";

    #[test]
    fn phases_are_matched_in_order_and_the_best_round_is_kept() {
        let marks = "mark 1 100\nmark 2 3300\nmark 1 4000\nmark 2 5600\n\
                     mark 1 6000\nmark 2 9000\nmark 1 9100\nmark 2 10700\nmark 1 20000\nmark 2 26400\n";
        let got = per_mib(CONSOLE, marks).unwrap();
        // blk write: rounds of 3200 and 3000 instructions for 32 MiB, the fewer kept.
        assert_eq!(got[&("blk".to_string(), true)], 3000.0 / 32.0);
        assert_eq!(got[&("blk".to_string(), false)], 1600.0 / 32.0);
        assert_eq!(got[&("blk 4x1".to_string(), true)], 6400.0 / 32.0);
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn marks_and_console_must_agree() {
        // One phase fewer in the marks than the console names.
        let marks = "mark 1 100\nmark 2 3300\nmark 1 4000\nmark 2 5600\n\
                     mark 1 6000\nmark 2 9000\nmark 1 9100\nmark 2 10700\n";
        assert!(per_mib(CONSOLE, marks).unwrap_err().contains("phase 5"));
        // An end without a start, an unknown mark, a line that is not a mark.
        assert!(per_mib("", "mark 2 5\n").is_err());
        assert!(per_mib("", "mark 7 5\n").is_err());
        assert!(per_mib("", "hello\n").is_err());
        // A phase the plugin counted and the console does not name.
        assert!(per_mib("", "mark 1 1\nmark 2 2\n").is_err());
    }
}
