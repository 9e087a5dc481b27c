using System.Globalization;
using System.Text;

namespace Alicloud.Vpc.Client.Transitions;

/// <summary>
/// The text form of the learnt transitions file, bounded whatever it read: at most <see cref="MaxTransitions"/> names
/// of letters, digits and <c>._-</c> (at most 64), durations between 0 and <see cref="MaxDuration"/>, entries
/// recorded within <see cref="MaxAge"/>. A line that breaks a bound is skipped; text that is no such log is none.
/// </summary>
internal static class TransitionLog
{
    public const int MaxFileBytes = 8 * 1024;
    public const int MaxTransitions = 32;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);
    private const string Header = "alicloud-vpc-transitions v1";

    /// <summary>Each transition with what was learnt of it and when it was recorded (Unix ms).</summary>
    public static Dictionary<string, (LearntTransition Learnt, long RecordedMs)> Parse(string? text, long nowMs)
    {
        var entries = new Dictionary<string, (LearntTransition, long)>(StringComparer.Ordinal);
        var lines = (text ?? "").Split('\n');
        if (lines[0] != Header)
        {
            return entries;
        }

        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            if (entries.Count < MaxTransitions && fields.Length == 4 && IsName(fields[0])
                && Ms(fields[1]) is { } lower && Ms(fields[2]) is { } upper && Ms(fields[3], long.MaxValue) is { } recorded
                && lower <= upper && IsRecent(recorded, nowMs))
            {
                entries[fields[0]] = (new LearntTransition(TimeSpan.FromMilliseconds(lower), TimeSpan.FromMilliseconds(upper)), recorded);
            }
        }

        return entries;
    }

    public static string Serialize(IReadOnlyDictionary<string, (LearntTransition Learnt, long RecordedMs)> entries, long nowMs)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (name, (learnt, recorded)) in entries.Where(e => IsName(e.Key) && IsRecent(e.Value.RecordedMs, nowMs))
            .OrderByDescending(e => e.Value.RecordedMs).Take(MaxTransitions))
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}\t{(long)learnt.Lower.TotalMilliseconds}\t{(long)learnt.Upper.TotalMilliseconds}\t{recorded}\n");
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="learnt"/> is within the bounds a file may hold.</summary>
    public static bool IsValid(string name, LearntTransition learnt) =>
        IsName(name) && learnt.Lower >= TimeSpan.Zero && learnt.Lower <= learnt.Upper && learnt.Upper > TimeSpan.Zero && learnt.Upper <= MaxDuration;

    private static bool IsName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Recorded within <see cref="MaxAge"/> and not after now (a clock stepped back must not keep an entry forever).</summary>
    private static bool IsRecent(long recordedMs, long nowMs) => recordedMs <= nowMs && nowMs - recordedMs <= (long)MaxAge.TotalMilliseconds;

    private static long? Ms(string field, long max = -1) =>
        long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= (max < 0 ? (long)MaxDuration.TotalMilliseconds : max) ? value : null;
}
