//! `conformance::harness::Harness` over iommufd and VFIO: the suite's operations as the Linux
//! user API offers them to a VFIO device, against whatever IOMMU driver the kernel runs.
//!
//! - a paging domain is an IOAS of its own with an HWPT allocated from it
//!   (`IOMMU_IOAS_ALLOC`, `IOMMU_HWPT_ALLOC` with `IOMMU_HWPT_ALLOC_PASID`: the semantics'
//!   paging domains serve RIDs and PASIDs alike; a driver that offers no PASID-capable domain
//!   refuses the flag, and when the device has no PASIDs the harness says so once and allocates
//!   without it); `domain_alloc` allocates both, `domain_free` is
//!   `IOMMU_DESTROY` of the HWPT (which iommufd refuses with `EBUSY` while a device uses it),
//!   then of the IOAS;
//! - `attach_dev` of a paging domain is `VFIO_DEVICE_ATTACH_IOMMUFD_PT` (a replace when one is
//!   attached), `detach_dev` is `VFIO_DEVICE_DETACH_IOMMUFD_PT` (the device is then blocked);
//! - `set_dev_pasid` / `remove_dev_pasid` are the same ioctls with `VFIO_DEVICE_ATTACH_PASID`,
//!   when `IOMMU_GET_HW_INFO` reports PASIDs for the device (else not applicable);
//! - `release_owner` closes the VFIO device (iommufd unbinds it and releases DMA ownership),
//!   then opens and binds it again: the next owner finds it blocked, which is what the
//!   semantics say release leaves;
//! - the user API has no identity or blocked HWPT and no SVA domain for a VFIO device:
//!   attaching those is not applicable.
//!
//! Each universe device is one edu device (its own IOMMU group). Observation: device `i` has a
//! bypass page whose physical address is its output address `out[i]`; each paging domain maps
//! every `out[i]` to a page of its own for that device; edu device `i` copies its buffer to
//! `out[i]`. Every page is filled with a sentinel first: the page that changed says which
//! domain translated the DMA (a freed domain's page: a stale translation), the bypass page that
//! it was not translated, none that it faulted. An edu transfer takes 100 ms of QEMU's virtual
//! time, so the devices' observations run at once (`observe_all`).

use std::os::fd::OwnedFd;

use iommugen_conformance::harness::{Answer, Harness, NotApplicable};
use iommugen_conformance::model::{Domain, Error, Kind, Op, Outcome};
use iommugen_conformance::universe::Universe;

use crate::sys::{self, Mapping};
use crate::uapi::{self, size_of};
use crate::vfio::{self, BindError, Device};

/// Bytes each observation moves.
const LEN: u64 = 64;
/// What every observed page holds before a DMA.
const SENTINEL: u64 = 0x5e5e_5e5e_5e5e_5e5e;
const PAGE: usize = 4096;

/// One allocation of a universe paging domain.
struct Hwpt {
    domain: Domain,
    ioas: u32,
    hwpt: u32,
    /// The page each device's output address reaches through it.
    pages: Vec<Mapping>,
    freed: bool,
}

/// One edu device: its cdev, the open VFIO device, its bypass page and output address.
struct Edu {
    cdev: String,
    device: Option<Device>,
    bypass: Mapping,
    /// The I/O virtual address its observations write to (the bypass page's physical
    /// address).
    out: u64,
}

/// The harness: the edu devices, the iommufd, the domains.
pub struct IommufdHarness {
    edus: Vec<Edu>,
    iommufd: Option<OwnedFd>,
    hwpts: Vec<Hwpt>,
    /// `out_max_pasid_log2` of `IOMMU_GET_HW_INFO` for the first device (0: no PASIDs).
    pub max_pasid_log2: u8,
    /// The flags of `IOMMU_HWPT_ALLOC`: `IOMMU_HWPT_ALLOC_PASID` unless the driver refused it
    /// for a device without PASIDs.
    hwpt_flags: u32,
    /// The driver's name, for reports.
    driver: String,
    /// Edu transfers played.
    pub dmas: u64,
    /// Outcomes seen: translated, passed through, faulted (replays included).
    pub seen: [u64; 3],
}

fn errno_text(e: i32) -> String {
    std::io::Error::from_raw_os_error(e).to_string()
}

/// A refusal's errno as the suite's answer: the semantics' errors, or a failure.
fn refused(what: &str, e: i32) -> Answer {
    match e {
        libc::EBUSY => Answer::Refused(Error::Ebusy),
        libc::EINVAL => Answer::Refused(Error::Einval),
        _ => Answer::Failed(format!("{what}: {}", errno_text(e))),
    }
}

impl IommufdHarness {
    /// Finds the edu devices, binds each to vfio-pci and opens them once to read what iommufd
    /// reports; `driver` names the IOMMU driver for reports. [`BindError::ProbeFailed`]: the
    /// kernel does not hand the devices to VFIO with this IOMMU driver.
    pub fn new(driver: &str) -> Result<Self, BindError> {
        let mut edus = Vec::new();
        for bdf in vfio::find_edus().map_err(BindError::Other)? {
            let cdev = vfio::bind_vfio_pci(&bdf)?;
            let bypass = Mapping::anonymous(PAGE).map_err(|e| format!("bypass page: {e}"))?;
            bypass.write64(0, SENTINEL);
            let out = sys::physical(bypass.addr()).map_err(|e| e.to_string())?;
            println!("iommufd-conformance: edu {bdf} as {cdev}, observed at IOVA {out:#x}");
            edus.push(Edu {
                cdev,
                device: None,
                bypass,
                out,
            });
        }
        let mut h = IommufdHarness {
            edus,
            iommufd: None,
            hwpts: Vec::new(),
            max_pasid_log2: 0,
            hwpt_flags: uapi::HWPT_ALLOC_PASID,
            driver: driver.into(),
            dmas: 0,
            seen: [0; 3],
        };
        h.open()?;
        let mut info = uapi::IommuHwInfo {
            size: size_of::<uapi::IommuHwInfo>(),
            dev_id: h.device(0)?.dev_id,
            ..Default::default()
        };
        sys::ioctl(h.fd()?, uapi::IOMMU_GET_HW_INFO, &mut info)
            .map_err(|e| format!("IOMMU_GET_HW_INFO: {}", errno_text(e)))?;
        h.max_pasid_log2 = info.out_max_pasid_log2;
        println!(
            "iommufd-conformance: {} edu device(s); IOMMU_GET_HW_INFO: type {}, max_pasid_log2 {}, capabilities {:#x}",
            h.edus.len(),
            info.out_data_type,
            info.out_max_pasid_log2,
            info.out_capabilities
        );
        Ok(h)
    }

    /// The number of edu devices.
    pub fn devices(&self) -> usize {
        self.edus.len()
    }

    fn fd(&self) -> Result<&OwnedFd, String> {
        self.iommufd.as_ref().ok_or_else(|| "no iommufd".into())
    }

    fn device(&self, dev: usize) -> Result<&Device, String> {
        self.edus
            .get(dev)
            .and_then(|e| e.device.as_ref())
            .ok_or_else(|| format!("device {dev} is not open"))
    }

    /// A fresh iommufd (every object of the previous one goes with it) and every device bound.
    fn open(&mut self) -> Result<(), String> {
        for e in &mut self.edus {
            e.device = None;
        }
        self.hwpts.clear();
        self.iommufd = None;
        let fd = sys::open_rw("/dev/iommu").map_err(|e| format!("/dev/iommu: {e}"))?;
        for e in &mut self.edus {
            e.device = Some(Device::open(&e.cdev, &fd)?);
        }
        self.iommufd = Some(fd);
        Ok(())
    }

    /// A new IOAS and HWPT for universe domain `d`, every device's output address mapped to a
    /// new page.
    fn alloc(&mut self, d: Domain) -> Result<(), i32> {
        let fd = self.iommufd.as_ref().ok_or(libc::EBADF)?;
        let dev_id = self
            .edus
            .iter()
            .find_map(|e| e.device.as_ref())
            .ok_or(libc::ENODEV)?
            .dev_id;
        let mut ioas = uapi::IommuIoasAlloc {
            size: size_of::<uapi::IommuIoasAlloc>(),
            ..Default::default()
        };
        sys::ioctl(fd, uapi::IOMMU_IOAS_ALLOC, &mut ioas)?;
        let mut pages = Vec::new();
        let mut r = Ok(());
        for e in &self.edus {
            let page = match Mapping::anonymous(PAGE) {
                Ok(p) => p,
                Err(err) => {
                    r = Err(err.raw_os_error().unwrap_or(libc::EIO));
                    break;
                }
            };
            let mut map = uapi::IommuIoasMap {
                size: size_of::<uapi::IommuIoasMap>(),
                flags: uapi::IOAS_MAP_FIXED_IOVA
                    | uapi::IOAS_MAP_READABLE
                    | uapi::IOAS_MAP_WRITEABLE,
                ioas_id: ioas.out_ioas_id,
                user_va: page.addr(),
                length: PAGE as u64,
                iova: e.out & !(PAGE as u64 - 1),
                ..Default::default()
            };
            r = sys::ioctl(fd, uapi::IOMMU_IOAS_MAP, &mut map);
            pages.push(page);
            if r.is_err() {
                break;
            }
        }
        // The semantics' paging domains serve RIDs and PASIDs alike.
        let mut hwpt = uapi::IommuHwptAlloc {
            size: size_of::<uapi::IommuHwptAlloc>(),
            flags: self.hwpt_flags,
            dev_id,
            pt_id: ioas.out_ioas_id,
            ..Default::default()
        };
        let mut r = r.and_then(|()| sys::ioctl(fd, uapi::IOMMU_HWPT_ALLOC, &mut hwpt));
        if r == Err(libc::EOPNOTSUPP) && hwpt.flags != 0 && self.max_pasid_log2 == 0 {
            // A driver without `domain_alloc_paging_flags` has no PASID-capable domain; the
            // device takes no PASID, so a plain paging domain serves every operation it can.
            println!(
                "iommufd-conformance: IOMMU_HWPT_ALLOC with IOMMU_HWPT_ALLOC_PASID: {}; the device has no PASIDs: paging domains are allocated without the flag",
                errno_text(libc::EOPNOTSUPP)
            );
            self.hwpt_flags = 0;
            hwpt.flags = 0;
            r = sys::ioctl(fd, uapi::IOMMU_HWPT_ALLOC, &mut hwpt);
        }
        if let Err(e) = r {
            let _ = destroy(fd, ioas.out_ioas_id);
            return Err(e);
        }
        self.hwpts.push(Hwpt {
            domain: d,
            ioas: ioas.out_ioas_id,
            hwpt: hwpt.out_hwpt_id,
            pages,
            freed: false,
        });
        Ok(())
    }

    /// The page table `d` names, for attach.
    fn pt(&self, d: Domain) -> Result<u32, Answer> {
        self.hwpts
            .iter()
            .find(|h| h.domain == d && !h.freed)
            .map(|h| h.hwpt)
            .ok_or_else(|| Answer::Failed(format!("{d:?} has no HWPT")))
    }

    /// What device `dev`'s DMA did, from the pages it may have reached.
    fn outcome(&self, dev: usize) -> Result<Outcome, String> {
        let hit = |p: &Mapping| (0..LEN as usize / 8).any(|w| p.read64(8 * w) != SENTINEL);
        let mut hits = self.hwpts.iter().filter(|h| hit(&h.pages[dev]));
        let bypassed = hit(&self.edus[dev].bypass);
        match (hits.next(), hits.next(), bypassed) {
            (None, _, false) => Ok(Outcome::Fault),
            (None, _, true) => Ok(Outcome::Bypass),
            (Some(h), None, false) if !h.freed => Ok(Outcome::Translate(h.domain)),
            (Some(h), None, false) => Err(format!(
                "translated by a freed allocation of {:?} (a stale translation)",
                h.domain
            )),
            _ => Err("one DMA reached several pages".into()),
        }
    }
}

/// `IOMMU_DESTROY` of object `id`.
fn destroy(fd: &OwnedFd, id: u32) -> Result<(), i32> {
    let mut d = uapi::IommuDestroy {
        size: size_of::<uapi::IommuDestroy>(),
        id,
    };
    sys::ioctl(fd, uapi::IOMMU_DESTROY, &mut d)
}

fn pasids_na(bits: u8) -> NotApplicable {
    NotApplicable(format!(
        "iommufd reports no PASIDs for the device (IOMMU_GET_HW_INFO max_pasid_log2 = {bits}: edu has no PASID capability)"
    ))
}

impl Harness for IommufdHarness {
    fn name(&self) -> String {
        let cdevs: Vec<&str> = self.edus.iter().map(|e| e.cdev.as_str()).collect();
        format!(
            "{} through iommufd + VFIO ({})",
            self.driver,
            cdevs.join(", ")
        )
    }

    fn reset(&mut self, u: &Universe) -> Result<(), String> {
        if u.devices > self.edus.len() {
            return Err(format!(
                "the universe has {} devices, the machine {} edu device(s)",
                u.devices,
                self.edus.len()
            ));
        }
        self.open()?;
        for d in u.live.iter().filter(|d| d.kind == Kind::Paging) {
            self.alloc(*d)
                .map_err(|e| format!("allocating {d:?}: {}", errno_text(e)))?;
        }
        Ok(())
    }

    fn applicable(&self, op: &Op) -> Result<(), NotApplicable> {
        let sva = || NotApplicable("iommufd offers no SVA domain to a VFIO device".into());
        match op {
            Op::AttachDev { d } => match d.kind {
                Kind::Paging => Ok(()),
                Kind::Identity => Err(NotApplicable(
                    "the iommufd uAPI has no identity HWPT (paging domains only)".into(),
                )),
                Kind::Blocked => Err(NotApplicable(
                    "the iommufd uAPI has no blocked HWPT (detach blocks)".into(),
                )),
                Kind::Sva => Err(sva()),
            },
            Op::SetDevPasid { d, .. } if d.kind == Kind::Sva => Err(sva()),
            Op::SetDevPasid { .. } | Op::RemoveDevPasid { .. } if self.max_pasid_log2 == 0 => {
                Err(pasids_na(self.max_pasid_log2))
            }
            Op::DomainAlloc { d } | Op::DomainFree { d } if d.kind == Kind::Sva => Err(sva()),
            _ => Ok(()),
        }
    }

    fn observable(&self, pasid: Option<u32>) -> Result<(), NotApplicable> {
        match pasid {
            None => Ok(()),
            Some(_) => Err(NotApplicable("the edu device issues no PASID".into())),
        }
    }

    fn apply(&mut self, dev: usize, op: &Op) -> Answer {
        let r = match op {
            Op::DomainAlloc { d } => self.alloc(*d),
            Op::DomainFree { d } => {
                let Some(n) = self.hwpts.iter().position(|h| h.domain == *d && !h.freed) else {
                    return Answer::Failed(format!("{d:?} is not allocated"));
                };
                let Some(fd) = self.iommufd.as_ref() else {
                    return Answer::Failed("no iommufd".into());
                };
                let r = destroy(fd, self.hwpts[n].hwpt);
                if r.is_ok() {
                    if let Err(e) = destroy(fd, self.hwpts[n].ioas) {
                        return Answer::Failed(format!(
                            "IOMMU_DESTROY of the freed HWPT's IOAS: {}",
                            errno_text(e)
                        ));
                    }
                    self.hwpts[n].freed = true;
                }
                r
            }
            Op::ReleaseOwner {} => {
                // Closing the device releases ownership; the iommufd and its objects stay.
                let (Some(e), Some(fd)) = (self.edus.get_mut(dev), self.iommufd.as_ref()) else {
                    return Answer::Failed(format!("no device {dev} or no iommufd"));
                };
                e.device = None;
                return match Device::open(&e.cdev, fd) {
                    Ok(d) => {
                        e.device = Some(d);
                        Answer::Ok
                    }
                    Err(err) => Answer::Failed(format!("reopening after release: {err}")),
                };
            }
            _ => {
                let device = match self.device(dev) {
                    Ok(d) => d,
                    Err(e) => return Answer::Failed(e),
                };
                match op {
                    Op::AttachDev { d } => match self.pt(*d) {
                        Ok(pt) => device.attach(pt, None),
                        Err(a) => return a,
                    },
                    Op::DetachDev {} => device.detach(None),
                    Op::SetDevPasid { p, d } => match self.pt(*d) {
                        Ok(pt) => device.attach(pt, Some(*p)),
                        Err(a) => return a,
                    },
                    Op::RemoveDevPasid { p } => device.detach(Some(*p)),
                    _ => return Answer::Failed(format!("{} is not a device operation", op.name())),
                }
            }
        };
        match r {
            Ok(()) => Answer::Ok,
            Err(e) => refused(op.name(), e),
        }
    }

    fn observe(&mut self, dev: usize, pasid: Option<u32>) -> Result<Outcome, String> {
        let mut v = self.observe_all(&[(dev, pasid)])?;
        v.pop().ok_or_else(|| "no outcome".into())
    }

    fn observe_all(&mut self, probes: &[(usize, Option<u32>)]) -> Result<Vec<Outcome>, String> {
        let mut devs: Vec<usize> = probes.iter().map(|p| p.0).collect();
        devs.sort_unstable();
        devs.dedup();
        if devs.len() != probes.len() || probes.iter().any(|p| p.1.is_some()) {
            return Err("the edu device issues no PASID: one probe per device".into());
        }
        for &d in &devs {
            let e = self.edus.get(d).ok_or_else(|| format!("no device {d}"))?;
            for p in self.hwpts.iter().map(|h| &h.pages[d]).chain([&e.bypass]) {
                for w in 0..(LEN as usize / 8) {
                    p.write64(8 * w, SENTINEL);
                }
            }
        }
        // Every device writes at once, then each is waited for.
        for &d in &devs {
            self.device(d)?.start_write_to(self.edus[d].out, LEN);
        }
        for &d in &devs {
            self.device(d)?.wait()?;
        }
        self.dmas += devs.len() as u64;
        let out: Result<Vec<Outcome>, String> =
            probes.iter().map(|(d, _)| self.outcome(*d)).collect();
        for o in out.iter().flatten() {
            match o {
                Outcome::Translate(_) => self.seen[0] += 1,
                Outcome::Bypass => self.seen[1] += 1,
                Outcome::Fault => self.seen[2] += 1,
            }
        }
        out
    }
}
