namespace Alicloud.RouterInterface.Package.Tests.Examples;

/// <summary>
/// The key/value outline of a simple YAML file, by indentation: enough for a Pulumi YAML program (mappings, scalar
/// values, comments). Not a YAML parser: no flow collections, anchors or multi-line scalars; list items become
/// children named "-". Line numbers are kept for messages.
/// </summary>
public sealed class YamlOutline
{
    private YamlOutline(string key, string? value, int line)
    {
        Key = key;
        Value = value;
        Line = line;
    }

    public string Key { get; }

    public string? Value { get; }

    public int Line { get; }

    public List<YamlOutline> Children { get; } = [];

    public YamlOutline? this[string key] => Children.FirstOrDefault(c => c.Key == key);

    public static YamlOutline Parse(string text)
    {
        var root = new YamlOutline("", null, 0);
        var stack = new Stack<(int Indent, YamlOutline Node)>();
        stack.Push((-1, root));
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var content = StripComment(lines[i]);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var indent = content.Length - content.TrimStart(' ').Length;
            var body = content.Trim();
            while (stack.Peek().Indent >= indent)
            {
                stack.Pop();
            }

            var node = body.StartsWith("- ", StringComparison.Ordinal) || body == "-"
                ? new YamlOutline("-", Unquote(body.TrimStart('-').Trim()), i + 1)
                : KeyValue(body, i + 1);
            stack.Peek().Node.Children.Add(node);
            stack.Push((indent, node));
        }

        return root;
    }

    /// <summary>Every scalar value below this node (for finding interpolations).</summary>
    public IEnumerable<YamlOutline> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    private static YamlOutline KeyValue(string body, int line)
    {
        var colon = body.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return body.EndsWith(':') ? new YamlOutline(body[..^1], null, line) : new YamlOutline(body, null, line);
        }

        var value = body[(colon + 2)..].Trim();
        return new YamlOutline(body[..colon], value.Length == 0 ? null : Unquote(value), line);
    }

    private static string StripComment(string line)
    {
        var inSingle = false;
        var inDouble = false;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\'' when !inDouble:
                    inSingle = !inSingle;
                    break;
                case '"' when !inSingle:
                    inDouble = !inDouble;
                    break;
                case '#' when !inSingle && !inDouble && (i == 0 || line[i - 1] == ' '):
                    return line[..i];
            }
        }

        return line;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
