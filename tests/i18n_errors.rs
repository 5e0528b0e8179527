//! With the screen in Spanish, every problem is explained in Spanish: a date or a phone number
//! that cannot be right, a file that is not a case file, a save the disk refused. The English
//! sentence for the same problem never shows.

mod common;

use std::fs;

use common::{click, run_until, shows, spanish_app_harness, type_into};

#[test]
fn in_spanish_an_impossible_date_is_explained_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = spanish_app_harness(dir.path());
    click(&mut h, "Caso nuevo");
    // The field reads month/day/year, as the hint under it says in both languages.
    type_into(&mut h, "Fecha de nacimiento", "02/31/2026");
    assert!(shows(&h, "En febrero de 2026 solo hay 28 días."));
    assert!(!shows(&h, "February 2026 has only 28 days."));
    assert!(!shows(&h, "has only"));
    let case = h.state().open_case().expect("a case is open").clone();
    assert_eq!(
        case.about.date_of_birth, None,
        "a refused date is not saved"
    );
}

#[test]
fn in_spanish_a_phone_number_with_letters_is_explained_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = spanish_app_harness(dir.path());
    click(&mut h, "Caso nuevo");
    click(&mut h, "Paso 3, Llame a su seguro, por hacer");
    type_into(
        &mut h,
        "Teléfono de servicio a los miembros",
        "1 800 555 0123 AYUDA",
    );
    assert!(shows(
        &h,
        "Las letras después del número no son parte de él"
    ));
    assert!(!shows(&h, "The letters after the number"));
    type_into(&mut h, "Teléfono de servicio a los miembros", "555-0123");
    assert!(shows(
        &h,
        "Un número de teléfono de Estados Unidos tiene 10 cifras; este tiene 7."
    ));
    assert!(!shows(&h, "A US phone number"));
}

#[test]
fn a_problem_shown_in_english_is_worded_in_spanish_after_switching() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = common::app_harness(dir.path());
    click(&mut h, "New case");
    type_into(&mut h, "Date of birth", "04/31/2020");
    assert!(shows(&h, "April has only 30 days."));
    click(&mut h, "Español");
    assert!(shows(&h, "En abril solo hay 30 días."));
    assert!(!shows(&h, "April has only 30 days."));
    click(&mut h, "English");
    assert!(shows(&h, "April has only 30 days."));
}

#[test]
fn in_spanish_a_file_that_is_not_a_case_file_is_explained_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    fs::write(&broken, "(schema: 1, case: (title: 5))").expect("write");
    let mut h = spanish_app_harness(dir.path());
    click(&mut h, "Importar…");
    type_into(
        &mut h,
        "Archivo del caso que quiere importar",
        "/nonexistent/nowhere.ron",
    );
    click(&mut h, "Importar este archivo");
    assert!(shows(
        &h,
        "No se pudo leer el archivo del caso porque no existe."
    ));
    assert!(
        shows(&h, ": /nonexistent/nowhere.ron"),
        "the path comes last"
    );
    assert!(!shows(&h, "Could not read"));

    let path = broken.display().to_string();
    type_into(&mut h, "Archivo del caso que quiere importar", &path);
    click(&mut h, "Importar este archivo");
    assert!(shows(&h, "no es un archivo de caso"));
    assert!(shows(&h, "hay un problema en la línea 1"));
    assert!(!shows(&h, "not a case file"));
    assert!(!shows(&h, "problem at line"));
}

#[test]
fn in_spanish_a_save_the_disk_refused_is_explained_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = dir.path().join("cases");
    let mut h = spanish_app_harness(dir.path());
    click(&mut h, "Caso nuevo");
    // The case takes the screen's language on its first frame and saves that; let the save
    // finish first, so that its failure cannot move the page while the name is typed.
    run_until(&mut h, "the new case's first save", |h| {
        shows(h, "Guardado hace un momento")
    });
    // As root, permission bits do not stop writes; a file where the folder should be does.
    fs::remove_dir_all(&cases).expect("remove the cases folder");
    fs::write(&cases, "not a folder").expect("put a file in its place");
    type_into(&mut h, "Su nombre completo", "Ana");
    run_until(&mut h, "the message that the edit is not saved", |h| {
        shows(h, "Todavía no se ha guardado: No se pudo")
    });
    assert!(shows(
        &h,
        "una parte de la ruta es un archivo, no una carpeta"
    ));
    assert!(!shows(&h, "Could not"));
    assert!(!shows(&h, "a part of its path is a file"));
    fs::remove_file(&cases).expect("remove the file");
    fs::create_dir(&cases).expect("make the folder again");
    run_until(&mut h, "the edit is saved once the folder is back", |h| {
        shows(h, "Guardado hace un momento")
    });
}

#[test]
fn in_spanish_a_case_file_from_a_newer_version_is_reported_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = dir.path().join("cases");
    fs::create_dir_all(&cases).expect("cases folder");
    fs::write(cases.join("c-future.ron"), "(schema: 99, case: ())").expect("write");
    let h = spanish_app_harness(dir.path());
    assert!(shows(&h, "Algunos archivos no se pudieron abrir"));
    assert!(shows(
        &h,
        "c-future.ron: Un caso guardado viene de una versión más nueva de esta aplicación"
    ));
    assert!(!shows(&h, "newer version"));
}
