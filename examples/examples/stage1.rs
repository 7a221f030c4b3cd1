//! Builds the configuration of a stage-1 domain with the generated SMMUv3 API and prints it as
//! the little-endian 64-bit words the SMMU reads: a stream table entry pointing at a one-entry
//! context descriptor table, the context descriptor (4K granule, 48-bit input addresses), and
//! the commands that make the SMMU see them.
//!
//! Run with `cargo run -p iommugen-examples --example stage1`.

use iommugen_examples::smmuv3::cmdq::{CmdCfgiSte, CmdSync, CmdTlbiNhAsid, CmdqCommand};
use iommugen_examples::smmuv3::entries::{Cd, Ste};
use iommugen_examples::smmuv3::enums::{
    CdFetchCacheability, CfgShareability, ComplSignal, PhysAddrSize, SteS1Fmt, SteS1dss,
    StreamConfig, Tg0Granule, WalkCacheability,
};
use iommugen_examples::smmuv3::support::FieldError;

/// Physical address of the context descriptor table (64-byte aligned).
const CD_TABLE: u64 = 0x4010_0000;
/// Physical address of the level-0 translation table (4K aligned).
const TTB0: u64 = 0x4020_0000;
const ASID: u16 = 7;
const STREAM_ID: u32 = 0x10;

fn ste() -> Result<Ste, FieldError> {
    let ste = Ste::new()
        .with_v(true)
        .with_config(StreamConfig::S1Trans)
        .with_s1_fmt(SteS1Fmt::Linear)
        .with_s1_context_ptr(CD_TABLE)?
        .with_s1cd_max(0)?
        .with_s1dss(SteS1dss::Ssid0)
        .with_s1cir(CdFetchCacheability::WriteBackRa)
        .with_s1cor(CdFetchCacheability::WriteBackRa)
        .with_s1csh(CfgShareability::InnerShareable);
    Ok(ste)
}

fn cd() -> Result<Cd, FieldError> {
    let cd = Cd::new()
        .with_t0sz(64 - 48)?
        .with_tg0(Tg0Granule::Granule4K)
        .with_ir0(WalkCacheability::WriteBackRaWa)
        .with_or0(WalkCacheability::WriteBackRaWa)
        .with_sh0(CfgShareability::InnerShareable)
        .with_epd1(true)
        .with_v(true)
        .with_ips(PhysAddrSize::Bits44)
        .with_aa64(true)
        .with_r(true)
        .with_a(true)
        .with_aset(true)
        .with_asid(ASID)
        .with_ttb0(TTB0)?
        // Attr0 = normal write-back memory, Attr1 = device nGnRE.
        .with_mair0(0x0000_04ff);
    Ok(cd)
}

fn commands() -> Result<[CmdqCommand; 3], FieldError> {
    Ok([
        CmdqCommand::CfgiSte(CmdCfgiSte::new().with_stream_id(STREAM_ID).with_leaf(true)),
        CmdqCommand::TlbiNhAsid(CmdTlbiNhAsid::new().with_asid(ASID)),
        CmdqCommand::Sync(CmdSync::new().with_cs(ComplSignal::SigNone)),
    ])
}

fn print_words(name: &str, words: &[u64]) {
    let hex: Vec<String> = words.iter().map(|w| format!("{w:#018x}")).collect();
    println!("{name:<14} {}", hex.join(" "));
}

fn main() -> Result<(), FieldError> {
    let ste = ste()?;
    let cd = cd()?;
    println!("STE for StreamID {STREAM_ID:#x}: {ste:?}");
    print_words("STE", &ste.0);
    println!("CD for ASID {ASID}: {cd:?}");
    print_words("CD", &cd.0);
    for cmd in commands()? {
        print_words(cmd.name(), &cmd.encode());
    }
    // A misaligned address is refused, not truncated.
    match Ste::new().with_s1_context_ptr(CD_TABLE + 8) {
        Err(e) => println!("refused: {e}"),
        Ok(_) => println!("accepted a misaligned context pointer"),
    }
    Ok(())
}
