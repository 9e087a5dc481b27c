namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>What the cloud (or the route tables' turn) answered to one action of the delete.</summary>
public abstract record DeleteAnswer;
