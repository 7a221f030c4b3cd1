//! Loading a spec: read the root file, parse it, follow `import`s (relative to the importing
//! file, each file once, cycles reported), and hand every parsed file to the checker.

use std::path::{Path, PathBuf};

use crate::ast::{self, Item};
use crate::diag::Diagnostic;
use crate::parse;
use crate::source::{FileId, SourceMap, Span};

/// Largest spec file read (imports included); larger ones are refused, not read.
const MAX_FILE_BYTES: u64 = 8 << 20;

/// The parsed files of a spec, root first, and what went wrong reading them.
pub struct Loaded {
    pub sources: SourceMap,
    pub files: Vec<(FileId, ast::File)>,
    pub diags: Vec<Diagnostic>,
}

/// Reads `path` and everything it imports.
pub fn load_path(path: &Path) -> Loaded {
    let mut l = Loaded {
        sources: SourceMap::default(),
        files: Vec::new(),
        diags: Vec::new(),
    };
    let name = path.display().to_string();
    match read_text(path) {
        Ok(text) => {
            let canon = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
            let id = l.sources.add(name, Some(canon.clone()), text);
            l.parse_and_follow(id, true, &mut vec![canon]);
        }
        Err(why) => {
            let id = l.sources.add(name.clone(), None, String::new());
            l.diags.push(
                Diagnostic::new(
                    "iommu::io",
                    format!("cannot read `{name}`: {why}"),
                    Span::new(id, 0, 0),
                    "here",
                )
                .help("check the path; spec files are UTF-8 text"),
            );
        }
    }
    l
}

/// Parses text that has no file behind it; imports are refused.
pub fn load_text(name: &str, text: &str) -> Loaded {
    let mut l = Loaded {
        sources: SourceMap::default(),
        files: Vec::new(),
        diags: Vec::new(),
    };
    let id = l.sources.add(name.to_string(), None, text.to_string());
    l.parse_and_follow(id, true, &mut Vec::new());
    l
}

fn read_text(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!("larger than {MAX_FILE_BYTES} bytes"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|_| "not valid UTF-8".to_string())
}

impl Loaded {
    fn parse_and_follow(&mut self, id: FileId, root: bool, stack: &mut Vec<PathBuf>) {
        let text = self.sources.file(id).text.clone();
        let (ast, diags) = parse::parse(id, &text);
        self.diags.extend(diags);
        let Some(ast) = ast else { return };
        if !root {
            if let Some(name) = &ast.name {
                self.diags.push(
                    Diagnostic::new(
                        "iommu::import",
                        "an imported file must be a fragment, not a whole spec",
                        name.span,
                        "this file declares `iommu` itself",
                    )
                    .help("remove the `iommu NAME { ... }` wrapper from the imported file and keep its items"),
                );
                return;
            }
        }
        let imports: Vec<ast::Str> = ast
            .items
            .iter()
            .filter_map(|i| {
                if let Item::Import(s) = i {
                    Some(s.clone())
                } else {
                    None
                }
            })
            .collect();
        self.files.push((id, ast));
        for imp in imports {
            let Some(dir) = self
                .sources
                .file(id)
                .path
                .as_ref()
                .and_then(|p| p.parent().map(Path::to_path_buf))
            else {
                self.diags.push(
                    Diagnostic::new("iommu::import", "imports need a spec read from a file", imp.span, "cannot resolve")
                        .help("check the spec with `iommugen check FILE` so imports resolve relative to it"),
                );
                continue;
            };
            let target = dir.join(&imp.value);
            let canon = target.canonicalize().unwrap_or_else(|_| target.clone());
            if let Some(pos) = stack.iter().position(|p| *p == canon) {
                let chain: Vec<String> = stack[pos..]
                    .iter()
                    .chain([&canon])
                    .map(|p| short(p))
                    .collect();
                self.diags.push(
                    Diagnostic::new(
                        "iommu::import-cycle",
                        format!("import cycle: {}", chain.join(" -> ")),
                        imp.span,
                        "this import closes the cycle",
                    )
                    .help("move the shared items into a fragment that both files import"),
                );
                continue;
            }
            if self.sources.find_path(&canon).is_some() {
                continue; // already read
            }
            match read_text(&target) {
                Ok(text) => {
                    let name = display_name(&self.sources, id, &imp.value);
                    let child = self.sources.add(name, Some(canon.clone()), text);
                    stack.push(canon);
                    self.parse_and_follow(child, false, stack);
                    stack.pop();
                }
                Err(why) => self.diags.push(
                    Diagnostic::new(
                        "iommu::import",
                        format!("cannot import `{}`: {why}", imp.value),
                        imp.span,
                        "imported here",
                    )
                    .help(format!(
                        "import paths are relative to the importing file; looked for {}",
                        display_name(&self.sources, id, &imp.value)
                    )),
                ),
            }
        }
    }
}

/// A diagnostic name for an imported file: the importing file's directory joined with the path.
fn display_name(sources: &SourceMap, parent: FileId, rel: &str) -> String {
    let parent_name = Path::new(&sources.file(parent).name);
    parent_name
        .parent()
        .map_or_else(|| rel.to_string(), |d| d.join(rel).display().to_string())
}

fn short(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
