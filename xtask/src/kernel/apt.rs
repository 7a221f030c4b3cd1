//! Debian packages: the host tools through the system's apt (installing packages only), and the
//! kernel source from trixie-backports through a private apt configuration (a sources file, lists
//! and caches of our own under the cache directory), so the system's apt configuration is never
//! changed for it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::util::{output, run_logged};

/// The suite the kernel source comes from; backports keep only the newest release.
const SUITE: &str = "trixie-backports";
const MIRROR: &str = "http://deb.debian.org/debian";
/// Private lists older than this are refreshed.
const LISTS_MAX_AGE_SECS: u64 = 24 * 3600;

/// The source package picked: `linux-source-7.N` at a Debian version, and its .deb.
#[derive(Debug, Clone)]
pub struct SourcePackage {
    pub name: String,
    pub version: String,
    pub deb: PathBuf,
}

/// Installs the Debian packages that are missing (`dpkg -s` says which); returns whether it
/// installed any.
pub fn ensure_packages(packages: &[&str], logs: &Path) -> Result<bool, String> {
    ensure_packages_from(packages, None, logs)
}

/// [`ensure_packages`] from a suite the system's apt already knows (`apt-get -t SUITE`).
pub fn ensure_packages_from(
    packages: &[&str],
    suite: Option<&str>,
    logs: &Path,
) -> Result<bool, String> {
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| {
            !Command::new("dpkg")
                .args(["-s", p])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .collect();
    if missing.is_empty() {
        return Ok(false);
    }
    eprintln!("xtask kernel:   installing {}", missing.join(" "));
    let lists_empty = fs::read_dir("/var/lib/apt/lists").map_or(true, |d| d.count() < 3);
    if lists_empty {
        run_logged(
            Command::new("apt-get").args(["update", "-o", "DPkg::Lock::Timeout=600"]),
            &logs.join("apt-update.log"),
        )?;
    }
    let install = || {
        let mut c = Command::new("apt-get");
        c.env("DEBIAN_FRONTEND", "noninteractive").args([
            "install",
            "-y",
            "-o",
            "DPkg::Lock::Timeout=600",
        ]);
        if let Some(s) = suite {
            c.args(["-t", s]);
        }
        c.args(&missing);
        run_logged(&mut c, &logs.join("apt-install.log"))
    };
    if install().is_err() {
        // Stale lists are the usual cause: refresh once and retry.
        run_logged(
            Command::new("apt-get").args(["update", "-o", "DPkg::Lock::Timeout=600"]),
            &logs.join("apt-update.log"),
        )?;
        install()?;
    }
    Ok(true)
}

/// The private apt configuration under `dir`.
struct PrivateApt {
    dir: PathBuf,
}

impl PrivateApt {
    fn new(dir: &Path) -> Result<Self, String> {
        for sub in ["sources.list.d", "lists/partial", "cache/archives/partial"] {
            fs::create_dir_all(dir.join(sub))
                .map_err(|e| format!("cannot create {}: {e}", dir.join(sub).display()))?;
        }
        let sources = format!(
            "Types: deb\nURIs: {MIRROR}\nSuites: {SUITE}\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n"
        );
        let path = dir.join("sources.list.d").join(format!("{SUITE}.sources"));
        if fs::read_to_string(&path).ok().as_deref() != Some(&sources) {
            fs::write(&path, sources)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        Ok(PrivateApt {
            dir: dir.to_path_buf(),
        })
    }

    /// `program` with every option pointing apt at our own files (and at no dpkg status).
    fn cmd(&self, program: &str) -> Command {
        let d = self.dir.display();
        let mut c = Command::new(program);
        for opt in [
            "Dir::Etc::SourceList=/dev/null".to_string(),
            format!("Dir::Etc::SourceParts={d}/sources.list.d"),
            format!("Dir::State::Lists={d}/lists"),
            format!("Dir::Cache={d}/cache"),
            "Dir::State::status=/dev/null".to_string(),
            "APT::Sandbox::User=root".to_string(),
        ] {
            c.args(["-o", &opt]);
        }
        c
    }

    fn lists_fresh(&self) -> bool {
        let Ok(entries) = fs::read_dir(self.dir.join("lists")) else {
            return false;
        };
        entries.flatten().any(|e| {
            e.file_name().to_string_lossy().ends_with("_Packages")
                && e.metadata()
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|a| a.as_secs() < LISTS_MAX_AGE_SECS)
        })
    }
}

/// The newest `linux-source-7.N` of trixie-backports, downloaded into `debs` unless already
/// there. Without network (or if the suite is unreachable) the newest .deb already in `debs`
/// is used, so a machine that fetched one keeps working.
pub fn fetch_kernel_source(
    apt_dir: &Path,
    debs: &Path,
    logs: &Path,
) -> Result<(SourcePackage, bool), String> {
    fs::create_dir_all(debs).map_err(|e| format!("cannot create {}: {e}", debs.display()))?;
    let apt = PrivateApt::new(apt_dir)?;
    let online = if apt.lists_fresh() {
        Ok(())
    } else {
        run_logged(
            apt.cmd("apt-get").arg("update"),
            &logs.join("apt-private-update.log"),
        )
    };
    let picked = online.and_then(|()| newest_in_lists(&apt));
    let pkg = match picked {
        Ok((name, version)) => {
            let deb = debs.join(deb_name(&name, &version));
            if deb.exists() {
                return Ok((SourcePackage { name, version, deb }, true));
            }
            run_logged(
                apt.cmd("apt-get")
                    .arg("download")
                    .arg(format!("{name}={version}"))
                    .current_dir(debs),
                &logs.join("apt-download.log"),
            )?;
            if !deb.exists() {
                return Err(format!(
                    "apt-get download finished but {} is not there",
                    deb.display()
                ));
            }
            SourcePackage { name, version, deb }
        }
        Err(e) => {
            let cached = newest_cached(debs).ok_or_else(|| {
                format!(
                    "{e}\n(and no linux-source-7.x .deb is cached in {})",
                    debs.display()
                )
            })?;
            eprintln!(
                "xtask kernel:   {SUITE} unreachable ({}); using the cached {}",
                e.lines().next().unwrap_or(""),
                cached.deb.display()
            );
            return Ok((cached, true));
        }
    };
    Ok((pkg, false))
}

/// `(minor, name, version)` of every linux-source-7.N in the private lists; the newest.
fn newest_in_lists(apt: &PrivateApt) -> Result<(String, String), String> {
    let names =
        output(
            apt.cmd("apt-cache")
                .args(["search", "--names-only", "^linux-source-7\\.[0-9]+$"]),
        )?;
    let mut best: Option<(u32, String)> = None;
    for line in names.lines() {
        let name = line.split_whitespace().next().unwrap_or("");
        if let Some(minor) = name
            .strip_prefix("linux-source-7.")
            .and_then(|m| m.parse::<u32>().ok())
        {
            if best.as_ref().is_none_or(|b| minor > b.0) {
                best = Some((minor, name.to_string()));
            }
        }
    }
    let (_, name) = best.ok_or_else(|| format!("{SUITE} offers no linux-source-7.x package"))?;
    let policy = output(apt.cmd("apt-cache").args(["policy", &name]))?;
    let version = policy
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Candidate:")
                .map(|v| v.trim().to_string())
        })
        .filter(|v| v != "(none)")
        .ok_or_else(|| format!("apt-cache policy {name} names no candidate version:\n{policy}"))?;
    Ok((name, version))
}

/// The file name apt-get download gives a package (`:` in versions is written `%3a`).
fn deb_name(name: &str, version: &str) -> String {
    format!("{name}_{}_all.deb", version.replace(':', "%3a"))
}

fn newest_cached(debs: &Path) -> Option<SourcePackage> {
    let mut found: Vec<(u32, SourcePackage)> = Vec::new();
    for e in fs::read_dir(debs).ok()?.flatten() {
        let file = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix("linux-source-7.") else {
            continue;
        };
        let Some((minor, rest)) = rest.split_once('_') else {
            continue;
        };
        let Ok(minor_n) = minor.parse::<u32>() else {
            continue;
        };
        let Some(version) = rest.strip_suffix("_all.deb") else {
            continue;
        };
        found.push((
            minor_n,
            SourcePackage {
                name: format!("linux-source-7.{minor}"),
                version: version.replace("%3a", ":"),
                deb: e.path(),
            },
        ));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.version.cmp(&b.1.version)));
    found.pop().map(|x| x.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deb_names_follow_apt_get_download() {
        assert_eq!(
            deb_name("linux-source-7.3", "7.3.4-1~bpo13+1"),
            "linux-source-7.3_7.3.4-1~bpo13+1_all.deb"
        );
        assert_eq!(deb_name("x", "1:2"), "x_1%3a2_all.deb");
    }
}
