//! Diagnostics that point at the source: file, line, column, a code frame
//! with the span underlined, and what to do instead.

use std::fmt;

/// One problem in a script.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
    pub help: Option<String>,
    /// The source line the span starts on.
    pub source_line: String,
    /// Characters of that line to underline (at least 1).
    pub width: usize,
}

/// Turns byte spans of one source file into [`Diagnostic`]s.
pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Byte offset where each line starts: positions are looked up for
    /// every statement's source-map entry, and counting lines from the
    /// start each time made a long script compile in quadratic time.
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: String, text: String) -> SourceFile {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            name,
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        // The last line starting at or before `offset`.
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let line_start = self
            .line_starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        let column = self
            .text
            .get(line_start..offset)
            .map_or(0, |t| t.chars().count());
        (line.max(1), column + 1)
    }

    /// The byte offset of 1-based `line` and `column` (in characters), the
    /// inverse of [`SourceFile::position`]; `None` past the file's lines.
    pub fn offset(&self, line: usize, column: usize) -> Option<usize> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let rest = self.text.get(start..)?;
        Some(
            rest.char_indices()
                .nth(column.saturating_sub(1))
                .map_or(start, |(i, _)| start + i),
        )
    }

    /// A diagnostic for bytes `start..end` of the file.
    pub fn diagnostic(
        &self,
        start: usize,
        end: usize,
        message: String,
        help: Option<String>,
    ) -> Diagnostic {
        let start = start.min(self.text.len());
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let line = self.text[..start].matches('\n').count() + 1;
        let column = self.text[line_start..start].chars().count() + 1;
        let end = end.clamp(start, line_end);
        let width = self.text[start..end].chars().count().max(1);
        Diagnostic {
            file: self.name.clone(),
            line,
            column,
            message,
            help,
            source_line: self.text[line_start..line_end]
                .trim_end_matches('\r')
                .to_string(),
            width,
        }
    }
}

/// Characters of a source line a code frame shows at most, and how many
/// of them come before the column.
const FRAME_CHARS: usize = 100;
const FRAME_LEAD: usize = 40;

impl Diagnostic {
    /// The diagnostic as text, coloured with ANSI codes when `color`.
    pub fn render(&self, color: bool) -> String {
        let (red, blue, bold, reset) = if color {
            ("\x1b[31;1m", "\x1b[34;1m", "\x1b[1m", "\x1b[0m")
        } else {
            ("", "", "", "")
        };
        let gutter = self.line.to_string().len();
        let pad = " ".repeat(gutter);
        // A long line (a data table, generated code) shows a window of it
        // around the column, marked with ellipses where it is cut.
        let chars: Vec<char> = self.source_line.chars().collect();
        let column = (self.column - 1).min(chars.len());
        let from = if chars.len() > FRAME_CHARS {
            column
                .saturating_sub(FRAME_LEAD)
                .min(chars.len() - FRAME_CHARS)
        } else {
            0
        };
        let to = (from + FRAME_CHARS).min(chars.len());
        let mut shown: String = if from > 0 {
            "…".into()
        } else {
            String::new()
        };
        shown.extend(&chars[from..to]);
        if to < chars.len() {
            shown.push('…');
        }
        let mut indent: String = if from > 0 { " ".into() } else { String::new() };
        indent.extend(
            chars[from..column]
                .iter()
                .map(|&c| if c == '\t' { '\t' } else { ' ' }),
        );
        let width = self.width.min(to.saturating_sub(column)).max(1);
        let mut out = format!(
            "{red}error{reset}{bold}: {}{reset}\n{pad}{blue}-->{reset} {}:{}:{}\n{pad} {blue}|{reset}\n{blue}{}{reset} {blue}|{reset} {}\n{pad} {blue}|{reset} {indent}{red}{}{reset}\n",
            self.message,
            self.file,
            self.line,
            self.column,
            self.line,
            shown,
            "^".repeat(width),
        );
        if let Some(help) = &self.help {
            out.push_str(&format!("{pad} {blue}={reset} {bold}help{reset}: {help}\n"));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}
