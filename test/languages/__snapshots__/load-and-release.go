package main

import (
	"context"
	"fmt"
	"log"
	dh0_client "github.com/milvus-io/milvus/client/v2"
)

func dhProgram(ctx dhContext, cli *dhClient, client *dhClient) {
	var err error // the page assumes an enclosing function where `err` exists
	_, _, _, _ = ctx, cli, client, err
	dhStart(0)
	{








defer cli.Close(ctx)

loadTask, err := cli.LoadCollection(ctx, dh0_client.NewLoadCollectionOption("customized_setup_1"))
if err != nil { dhErr(err, 11);
    // handle error
}

// sync wait collection to be loaded
err = loadTask.Await(ctx)
if err != nil { dhErr(err, 17);
    // handle error
}
	dhEnd(0)
	dhStart(1)
	{








ctx, cancel := context.WithCancel(context.Background())
defer cancel()

loadTask, err := cli.LoadCollection(ctx, dh0_client.NewLoadCollectionOption("customized_setup_1").
    WithLoadFields("my_id", "my_vector"))
if err != nil { dhErr(err, 12);
    // handle error
}

// sync wait collection to be loaded
err = loadTask.Await(ctx)
if err != nil { dhErr(err, 19);
    // handle error
}
	dhEnd(1)
	dhStart(2)
	{






err := cli.ReleaseCollection(ctx, dh0_client.NewReleaseCollectionOption("custom_quick_setup"))
if err != nil { dhErr(err, 7);
    // handle error
}
	dhEnd(2)
	}
	}
	}
}

var dhSnippets = []dhSnippet{
	{id: "load-collection/go", start: 15},
	{id: "load-specific-fields/go", start: 38},
	{id: "release-collection/go", start: 63},
}
