namespace Alicloud.RouterInterface.Demo.Progress;

internal enum ProgressEventKind
{
    Started,
    Status,
    Finished,
}

/// <summary>Something a line-by-line display prints: a step started, a status line arrived, a step ended.</summary>
internal sealed record ProgressEvent(ProgressEventKind Kind, RowView Row, string? Text = null);
