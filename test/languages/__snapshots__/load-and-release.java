import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.collection.request.GetLoadStateReq;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.ReleaseCollectionReq;
import java.util.Arrays;

public class DocsHarnessProgram {
    static io.milvus.v2.client.MilvusClientV2 client = DocsHarnessRuntime.connect();
    static void snippet0() throws Throwable {





String CLUSTER_ENDPOINT = "http://127.0.0.1:19999";
String TOKEN = "root:Milvus";

// 1. Connect to Milvus server
ConnectConfig connectConfig = ConnectConfig.builder()
        .uri(CLUSTER_ENDPOINT)
        .token(TOKEN)
        .build();

MilvusClientV2 client = new MilvusClientV2(connectConfig);

// 6. Load the collection
LoadCollectionReq loadCollectionReq = LoadCollectionReq.builder()
        .collectionName("customized_setup_1")
        .build();

client.loadCollection(loadCollectionReq);

// 7. Get load state of the collection
GetLoadStateReq loadStateReq = GetLoadStateReq.builder()
        .collectionName("customized_setup_1")
        .build();

Boolean res = client.getLoadState(loadStateReq);
System.out.println(res);
    }
    static void snippet1() throws Throwable {
// 6. Load the collection
LoadCollectionReq loadCollectionReq = LoadCollectionReq.builder()
        .collectionName("customized_setup_1")
        .loadFields(Arrays.asList("my_id", "my_vector"))
        .build();

client.loadCollection(loadCollectionReq);

// 7. Get load state of the collection
GetLoadStateReq loadStateReq = GetLoadStateReq.builder()
        .collectionName("customized_setup_1")
        .build();

Boolean res = client.getLoadState(loadStateReq);
System.out.println(res);
    }
    static void snippet2() throws Throwable {



// 8. Release the collection
ReleaseCollectionReq releaseCollectionReq = ReleaseCollectionReq.builder()
        .collectionName("custom_quick_setup")
        .build();

client.releaseCollection(releaseCollectionReq);

GetLoadStateReq loadStateReq = GetLoadStateReq.builder()
        .collectionName("custom_quick_setup")
        .build();
Boolean res = client.getLoadState(loadStateReq);
System.out.println(res);
    }
    public static void main(String[] args) {
        for (String arg : args) {
            switch (arg) {
                case "0": DocsHarnessRuntime.run("load-collection/java", "snippet0", 11, DocsHarnessProgram::snippet0); break;
                case "1": DocsHarnessRuntime.run("load-specific-fields/java", "snippet1", 43, DocsHarnessProgram::snippet1); break;
                case "2": DocsHarnessRuntime.run("release-collection/java", "snippet2", 60, DocsHarnessProgram::snippet2); break;
                default: break;
            }
        }
        System.out.flush();
        System.exit(0);
    }
}
