//! Builds the configuration of a stage-1 domain with the generated SMMUv3 API and prints it as
//! the little-endian 64-bit words the SMMU reads: a stream table entry pointing at a one-entry
//! context descriptor table, the context descriptor (4K granule, 48-bit input addresses), and
//! the commands that make the SMMU see them.
//!
//! Run with `cargo run -p iommugen-examples --example stage1`.

use iommugen_examples::smmuv3::cmdq::{CMDQ_Command, CMD_CFGI_STE, CMD_SYNC, CMD_TLBI_NH_ASID};
use iommugen_examples::smmuv3::entries::{CD, STE};
use iommugen_examples::smmuv3::enums::{
    CdFetchCacheability, CfgShareability, ComplSignal, PhysAddrSize, STE_S1Fmt, StreamConfig,
    Tg0Granule, WalkCacheability, STE_S1DSS,
};
use iommugen_examples::smmuv3::support::FieldError;

/// Physical address of the context descriptor table (64-byte aligned).
const CD_TABLE: u64 = 0x4010_0000;
/// Physical address of the level-0 translation table (4K aligned).
const TTB0: u64 = 0x4020_0000;
const ASID: u16 = 7;
const STREAM_ID: u32 = 0x10;

fn ste() -> Result<STE, FieldError> {
    let ste = STE::new()
        .with_V(true)
        .with_Config(StreamConfig::S1Trans)
        .with_S1Fmt(STE_S1Fmt::Linear)
        .with_S1ContextPtr(CD_TABLE)?
        .with_S1CDMax(0)?
        .with_S1DSS(STE_S1DSS::Ssid0)
        .with_S1CIR(CdFetchCacheability::WriteBackRa)
        .with_S1COR(CdFetchCacheability::WriteBackRa)
        .with_S1CSH(CfgShareability::InnerShareable);
    Ok(ste)
}

fn cd() -> Result<CD, FieldError> {
    let cd = CD::new()
        .with_T0SZ(64 - 48)?
        .with_TG0(Tg0Granule::Granule4K)
        .with_IR0(WalkCacheability::WriteBackRaWa)
        .with_OR0(WalkCacheability::WriteBackRaWa)
        .with_SH0(CfgShareability::InnerShareable)
        .with_EPD1(true)
        .with_V(true)
        .with_IPS(PhysAddrSize::Bits44)
        .with_AA64(true)
        .with_R(true)
        .with_A(true)
        .with_ASET(true)
        .with_ASID(ASID)
        .with_TTB0(TTB0)?
        // Attr0 = normal write-back memory, Attr1 = device nGnRE.
        .with_MAIR0(0x0000_04ff);
    Ok(cd)
}

fn commands() -> Result<[CMDQ_Command; 3], FieldError> {
    Ok([
        CMDQ_Command::CMD_CFGI_STE(CMD_CFGI_STE::new().with_StreamID(STREAM_ID).with_Leaf(true)),
        CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID(ASID)),
        CMDQ_Command::CMD_SYNC(CMD_SYNC::new().with_CS(ComplSignal::SIG_NONE)),
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
    match STE::new().with_S1ContextPtr(CD_TABLE + 8) {
        Err(e) => println!("refused: {e}"),
        Ok(_) => println!("accepted a misaligned context pointer"),
    }
    Ok(())
}
