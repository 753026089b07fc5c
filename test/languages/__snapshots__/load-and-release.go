package main

import (
	"context"
	"fmt"
	"log"
	"github.com/milvus-io/milvus/client/v2"
)

func snippet0(ctx dhContext, cli *dhClient, _ *dhClient) {








dhDefer(func() { cli.Close(ctx) })

loadTask, err := cli.LoadCollection(ctx, client.NewLoadCollectionOption("customized_setup_1"))
if err != nil {
    // handle error
}

// sync wait collection to be loaded
err = loadTask.Await(ctx)
if err != nil {
    // handle error
}
}

func snippet1(ctx dhContext, cli *dhClient, _ *dhClient) {








ctx, cancel := context.WithCancel(context.Background())
dhDefer(func() { cancel() })

loadTask, err := cli.LoadCollection(ctx, client.NewLoadCollectionOption("customized_setup_1").
    WithLoadFields("my_id", "my_vector"))
if err != nil {
    // handle error
}

// sync wait collection to be loaded
err = loadTask.Await(ctx)
if err != nil {
    // handle error
}
}

func snippet2(ctx dhContext, cli *dhClient, _ *dhClient) {






err := cli.ReleaseCollection(ctx, client.NewReleaseCollectionOption("custom_quick_setup"))
if err != nil {
    // handle error
}
}

var dhSnippets = map[string]dhSnippet{
	"0": {id: "load-collection/go", fn: "snippet0", start: 11, body: snippet0},
	"1": {id: "load-specific-fields/go", fn: "snippet1", start: 34, body: snippet1},
	"2": {id: "release-collection/go", fn: "snippet2", start: 59, body: snippet2},
}
