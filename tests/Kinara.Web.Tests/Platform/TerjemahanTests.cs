using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kinara.Web.Tests.Platform;

/// <summary>
/// The English switch is only as good as Resources/SharedResource.en.resx: a key without an entry silently shows
/// the Indonesian text. These tests read the sources (every T["..."] under src/Kinara.Web) and the resx directly.
/// </summary>
public sealed partial class TerjemahanTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Web = Path.Combine(Root, "src", "Kinara.Web");
    private static readonly string Resx = Path.Combine(Web, "Resources", "SharedResource.en.resx");

    /// <summary>
    /// Keys that differ from another key only in letter case. Resource names are case-insensitive when the .resx is
    /// compiled (MSB3568 keeps one of "Diajukan"/"diajukan") but looked up case-sensitively, so these cannot get their
    /// own English text: give the view a distinct wording, add its translation, then remove it from this list.
    /// </summary>
    private static readonly string[] CaseTwins =
        ["Pejabat Penilai Kinerja", "indikator"];

    [Fact]
    public void Every_interface_text_has_an_english_translation()
    {
        var english = LoadResx();
        var used = KeysInSources(out var notLiteral);

        Assert.True(notLiteral.Count == 0,
            "T[...] must get a plain string literal to be translatable (no $\"...\" or @\"...\"):\n" + string.Join("\n", notLiteral));
        Assert.True(used.Count > 500, $"Only {used.Count} keys found under {Web}: the extraction no longer matches the views.");

        var missing = used.Where(u => !english.ContainsKey(u.Key) && !CaseTwins.Contains(u.Key))
            .OrderBy(u => u.Value[0], StringComparer.Ordinal).ThenBy(u => u.Key, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} interface text(s) have no English entry in {Path.GetRelativePath(Root, Resx)}:\n"
            + string.Join("\n", missing.Select(m => $"  {m.Value[0]}: {m.Key}")));

        var stale = CaseTwins.Where(k => !used.ContainsKey(k) || english.ContainsKey(k)
                                         || !english.Keys.Any(e => string.Equals(e, k, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.True(stale.Count == 0, "No longer a case twin, remove from CaseTwins: " + string.Join(", ", stale));
    }

    [Fact]
    public void No_two_english_entries_differ_only_in_letter_case()
    {
        // The resource compiler drops all but one of them (warning MSB3568), so the others would silently stay Indonesian.
        var clashes = XDocument.Load(Resx).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!)
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => "  " + string.Join(" | ", g))
            .ToList();
        Assert.True(clashes.Count == 0, "These resx names collide (names are case-insensitive):\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void Every_english_translation_keeps_the_placeholders_of_its_indonesian_text()
    {
        var wrong = LoadResx()
            .Where(e => !Placeholders(e.Key).SetEquals(Placeholders(e.Value)))
            .Select(e => $"  {e.Key}\n    → {e.Value}")
            .ToList();
        Assert.True(wrong.Count == 0, "These translations lose or add a {n} placeholder:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_status_and_type_label_built_in_code_has_an_english_translation()
    {
        // The views also show enum labels through T[x.Teks()], T[x.Penjelasan()] ...: call those helpers for every value.
        var english = LoadResx();
        string[] names = ["Teks", "Penjelasan", "Contoh", "TeksSkp", "LabelAksi"];
        var labels = typeof(Kinara.Web.Features.Perencanaan.Shared.SkpLabel).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Kinara.Web.Features", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => names.Contains(m.Name) && m.ReturnType == typeof(string)
                        && m.GetParameters() is [{ ParameterType.IsEnum: true }])
            .SelectMany(m => Enum.GetValues(m.GetParameters()[0].ParameterType).Cast<object>()
                .Select(v => (Label: (string)m.Invoke(null, [v])!, Where: $"{m.DeclaringType!.Name}.{m.Name}({v})")))
            .Where(x => x.Label.Length > 0)
            .ToList();

        Assert.True(labels.Count > 30, $"Only {labels.Count} labels found: the label helpers were renamed or moved.");
        var missing = labels.Where(x => !english.ContainsKey(x.Label)).Select(x => $"  {x.Where}: {x.Label}").Distinct().ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} label(s) have no English entry:\n" + string.Join("\n", missing));
    }

    /// <summary>Every key used as T["..."] in a .cshtml or .cs file under src/Kinara.Web, with the files using it.</summary>
    private static Dictionary<string, List<string>> KeysInSources(out List<string> notLiteral)
    {
        var keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        notLiteral = [];
        var files = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(Web, f).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(Web, file).Replace('\\', '/');
            foreach (Match m in KeyStart().Matches(text))
            {
                if (m.Groups["prefix"].Length > 0)
                {
                    notLiteral.Add($"  {relative}: {text.Substring(m.Index, Math.Min(80, text.Length - m.Index))}");
                    continue;
                }
                var key = ReadCSharpString(text, m.Index + m.Length, relative);
                if (!keys.TryGetValue(key, out var where))
                {
                    keys[key] = where = [];
                }
                where.Add(relative);
            }
        }
        return keys;
    }

    /// <summary>The value of a regular C# string literal whose opening quote ends just before <paramref name="i"/>.</summary>
    private static string ReadCSharpString(string text, int i, string file)
    {
        var sb = new StringBuilder();
        while (i < text.Length && text[i] != '"')
        {
            var c = text[i];
            if (c == '\n')
            {
                break;
            }
            if (c != '\\')
            {
                sb.Append(c);
                i++;
                continue;
            }
            var e = text[i + 1];
            if (e == 'u')
            {
                sb.Append((char)Convert.ToInt32(text.Substring(i + 2, 4), 16));
                i += 6;
                continue;
            }
            sb.Append(e switch
            {
                'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0',
                '"' or '\\' or '\'' => e,
                _ => throw new InvalidOperationException($"{file}: unsupported escape \\{e} in a T[...] key"),
            });
            i += 2;
        }
        Assert.True(i < text.Length && text[i] == '"', $"{file}: unterminated T[\"...\"] key starting with \"{sb}\"");
        return sb.ToString();
    }

    private static Dictionary<string, string> LoadResx() =>
        XDocument.Load(Resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string s) =>
        Placeholder().Matches(s).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>T[ (not part of a longer name) followed by the opening quote of the key.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_])T\[\s*(?<prefix>[$@]*)""")]
    private static partial Regex KeyStart();

    /// <summary>A composite-format item: {0}, {1,5}, {0:N0}.</summary>
    [GeneratedRegex(@"(?<!\{)\{\d+(,-?\d+)?(:[^{}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>
    /// The repository root (the directory holding Kinara.slnx), found from the test assembly; when the build output is
    /// outside the repository (dotnet test --artifacts-path), from the compile-time path of this file instead.
    /// </summary>
    private static string FindRoot()
    {
        string?[] starts = [Path.GetDirectoryName(typeof(TerjemahanTests).Assembly.Location), Path.GetDirectoryName(ThisFile()), Directory.GetCurrentDirectory()];
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Kinara.slnx")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Kinara.slnx not found above the test assembly or the test sources.");
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
