package org.regkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IriMinterTest {
    private final IriMinter iris = new IriMinter("http://localhost:3030");

    @Test
    void baseGetsASlash() {
        assertThat(iris.base()).isEqualTo("http://localhost:3030/");
        assertThat(new IriMinter("http://x.org/kg#").base()).isEqualTo("http://x.org/kg#");
    }

    @Test
    void sharedThingsGetOneIriWhateverTheSpelling() {
        assertThat(iris.dataset("cifar10")).isEqualTo("http://localhost:3030/dataset/cifar10");
        assertThat(iris.technique("weight-decay")).isEqualTo("http://localhost:3030/technique/weight-decay");
        assertThat(IriMinter.slug("PixelCNN++")).isEqualTo("pixelcnn-plus-plus");
        assertThat(IriMinter.slug("MultiWOZ2.0")).isEqualTo("multiwoz2.0");
        assertThat(IriMinter.slug("Über Net")).isEqualTo("uber-net");
        assertThat(IriMinter.slug("…")).isEqualTo("x");
    }

    @Test
    void paperScopedIris() {
        assertThat(iris.paper("arXiv:1708.04552")).isEqualTo("http://localhost:3030/paper/arXiv:1708.04552");
        assertThat(iris.method("p1", "cutout")).isEqualTo("http://localhost:3030/paper/p1/method/cutout");
        assertThat(iris.quantity("p1", 2, 3)).isEqualTo("http://localhost:3030/paper/p1/result/2/quantity/3");
        assertThat(iris.fact("p1", "technique", iris.technique("dropout"))).isEqualTo("http://localhost:3030/paper/p1/fact/technique/dropout");
    }

    /** Issue 9, finding 4: a shared technique IRI names its concept when that is not the one its key names. */
    @Test
    void aTechniqueUnderAnotherConceptNamesIt() {
        String rkc = "https://w3id.org/regkg/concept/";
        assertThat(iris.technique("dropout", rkc + "dropout")).isEqualTo("http://localhost:3030/technique/dropout");
        assertThat(iris.technique("frobeniusnormregularization", rkc + "parameter-norm-penalty"))
                .isEqualTo("http://localhost:3030/technique/frobeniusnormregularization--parameter-norm-penalty");
        assertThat(iris.technique("frobeniusnormregularization", rkc + "regularization"))
                .isNotEqualTo(iris.technique("frobeniusnormregularization", rkc + "parameter-norm-penalty"));
        assertThat(IriMinter.slug("a -- b + c")).doesNotContain("--");
    }
}
