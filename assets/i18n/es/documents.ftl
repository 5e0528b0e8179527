# Las palabras impresas en papel alrededor del contenido: títulos, etiquetas, líneas para escribir.
# El contenido (preguntas, razones, acciones, el aviso) viene de assets/content/es.
# Argumentos: $date es una fecha ya escrita (11/29/2026), $n un número, $name un nombre.
# Las fechas se escriben mes/día/año, como en los formularios de EE. UU.
# Una hora termina en "a. m." o "p. m.": no le ponga otro punto detrás.

## Todos los documentos

doc-page-footer = Página { $page } de { $pages } · impreso el { $date }
doc-printed-on = Impreso el { $date }.
doc-date-time = { $date } a las { $time }
doc-time-am = { $hour }:{ $minute } a. m.
doc-time-pm = { $hour }:{ $minute } p. m.
doc-minutes = { $n } min
doc-phone-time = { $hold } en espera, { $talk } hablando
doc-the-date = la fecha
doc-paper-letter = Carta de EE. UU.
doc-paper-a4 = A4

job-checklist = Guía de cobertura de masajes – lista para llamar
job-letter = Guía de cobertura de masajes – carta para su médico
job-summary = Guía de cobertura de masajes – su plan
file-checklist = lista-para-llamar
file-letter = carta-para-su-medico
file-summary = plan-de-cobertura-de-masajes

answer-yes = Sí
answer-no = No
answer-not-sure = No se sabe

condition-sciatica = Ciática
condition-repetitive-strain = Lesión por esfuerzo repetitivo
condition-after-surgery = Recuperación después de una cirugía
condition-sports-injury = Lesión deportiva, esguince o distensión
condition-concussion = Conmoción cerebral
condition-low-back-pain = Dolor en la parte baja de la espalda
condition-neck-pain = Dolor de cuello
condition-other = Otro problema de salud

verdict-likely = Probable
verdict-possible = Posible
verdict-unlikely = Poco probable
verdict-not-applicable = No aplica

frequency-week = { $n ->
    [one] { $n } sesión por semana
   *[other] { $n } sesiones por semana
}
frequency-month = { $n ->
    [one] { $n } sesión al mes
   *[other] { $n } sesiones al mes
}
duration-week = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
duration-month = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}
frequency-for-duration = { $frequency } durante { $duration }
for-duration = durante { $duration }
written-on-by = escrita el { $date } por { $name }
written-on = escrita el { $date }
written-by = escrita por { $name }

label-answer = Respuesta
label-patient = Paciente
label-name = Nombre
label-date-of-birth = Fecha de nacimiento
label-insurer = Aseguradora
label-health-plan = Plan de salud
label-member-id = Número de miembro
label-group-number = Número de grupo
label-phone = Teléfono
label-phone-to-call = Teléfono al que llamar
label-condition = Problema de salud
label-diagnosis = Diagnóstico
label-prescription = Receta
label-cpt-codes = Códigos de procedimiento (CPT) por los que preguntar
label-date = Fecha
label-date-and-time = Fecha y hora
label-phone-time = Tiempo al teléfono
label-representative = Representante
label-rep-name = Nombre del representante
label-reference = Número de referencia
label-next-steps = Próximos pasos
label-outcome = Resultado
label-call-again-by = Volver a llamar antes del
label-notes = Notas
label-claim-number = Número de reclamo de la lesión
label-date-of-injury = Fecha de la lesión o del accidente
label-adjuster = Ajustador de reclamos
label-adjuster-phone = Teléfono del ajustador de reclamos

## La lista para llamar. $who es "self" si el caso es del paciente, "other" si alguien le ayuda.

checklist-title = { $who ->
    [other] Lista para llamar a la aseguradora de la persona a quien ayuda
   *[self] Lista para llamar a su aseguradora
}
checklist-intro-blank = { $who ->
    [other] Antes de que esa persona pida una cita, llame al número de servicios para miembros que está detrás de la tarjeta del seguro. Marque una casilla por cada respuesta y escriba lo que le digan.
   *[self] Antes de pedir una cita, llame al número de servicios para miembros que está detrás de su tarjeta del seguro. Marque una casilla por cada respuesta y escriba lo que le digan.
}
checklist-intro-call = Completada con la llamada anotada el { $when }
checklist-intro-call-undated = Completada con una llamada anotada.
checklist-heading-who = Para quién es la llamada y de qué trata
checklist-heading-ready = Tenga esto a mano antes de llamar
checklist-heading-questions = Preguntas que hacer
checklist-heading-call = Sobre esta llamada
checklist-other-answers = Otras respuestas de esta llamada
checklist-ready-card = { $who ->
    [other] La tarjeta del seguro de esa persona: el número de miembro, el número de grupo y el número de servicios para miembros que está detrás.
   *[self] Su tarjeta del seguro: el número de miembro, el número de grupo y el número de servicios para miembros que está detrás.
}
checklist-ready-policyholder = El nombre y la fecha de nacimiento del titular, si el plan está a nombre de otra persona.
checklist-ready-paper = { $who ->
    [other] La receta, el referido o la carta del médico de esa persona, con el código del diagnóstico si lo tiene.
   *[self] La receta, el referido o la carta de su médico, con el código del diagnóstico si lo tiene.
}
checklist-ready-codes = Los códigos de procedimiento (CPT) que cobrará el terapeuta de masaje, que están arriba.
checklist-ready-therapist = El nombre, el NPI y el número de identificación fiscal del terapeuta de masaje, si los sabe.
checklist-ready-pen = Un bolígrafo y esta hoja.

## La carta para el médico

letter-title = Solicitud de una carta de necesidad médica para terapia de masaje
letter-to = Para
letter-dear = Estimado/a { $name }:
letter-dear-doctor = Estimado/a doctor/a:
letter-request = Le pido una carta de necesidad médica para recibir terapia de masaje de un terapeuta de masaje con licencia, para tratar el problema de salud que aparece abajo. El plan de salud del paciente, o quien administra su cuenta de gastos flexibles (FSA) o su cuenta de ahorros para la salud (HSA), pide esta carta antes de pagar el tratamiento.
letter-heading-patient = El paciente
letter-heading-condition = El problema de salud
letter-icd-codes = Código(s) ICD-10-CM
letter-heading-asked = Lo que se pide
letter-asked = Terapia de masaje de un terapeuta de masaje con licencia (LMT), para tratar el problema de salud de arriba.
letter-how-often = Con qué frecuencia
letter-how-long = Durante cuánto tiempo
letter-starting-on = A partir del
letter-heading-needs = Lo que debe decir la carta
letter-needs-intro = Los planes de salud y quienes administran las cuentas FSA o HSA pueden rechazar una carta a la que le falte algo. Por favor, asegúrese de que diga:
letter-must-patient = El nombre y la fecha de nacimiento del paciente.
letter-must-diagnosis = El diagnóstico, en palabras y con su código ICD-10-CM.
letter-must-treatment = El tratamiento: terapia de masaje de un terapeuta de masaje con licencia (LMT).
letter-must-often = Con qué frecuencia, por ejemplo 2 sesiones al mes.
letter-must-long = Durante cuánto tiempo, y la fecha de inicio.
letter-must-how = Cómo la terapia de masaje trata el problema de salud, por ejemplo menos dolor, más movimiento o mejor función.
letter-must-necessary = Que el tratamiento es médicamente necesario para este problema de salud.
letter-must-provider = Su nombre, sus credenciales, su NPI y sus datos de contacto.
letter-must-signature = Su firma y la fecha.
letter-heading-provider = Para el proveedor
letter-provider-intro = Puede escribir su propia carta con su membrete y con todo lo de arriba, o completar esta parte.
letter-diagnosis-codes = Diagnóstico y código(s) ICD-10-CM
letter-how-treats = Cómo la terapia de masaje trata el problema de salud
letter-how-long-from = Durante cuánto tiempo, desde
letter-confirm = Confirmo que la terapia de masaje es médicamente necesaria para tratar este problema de salud.
letter-provider-name = Nombre del proveedor
letter-credentials = Credenciales
letter-npi = NPI
letter-address-phone = Dirección y teléfono
letter-signature = Firma
letter-thanks-name =
    Gracias,
    { $name }
letter-thanks = Gracias.

## El resumen del plan

summary-title = Su plan para que le paguen la terapia de masaje
# El título cuando lo imprime quien ayuda al paciente.
summary-title-they = El plan para que le paguen la terapia de masaje a la persona a quien ayuda
summary-heading-ways = Formas de pagar
summary-route = { $route }: { $verdict }
summary-skipped = { $n ->
    [one] Otra forma de pagar no corresponde a este caso y no aparece aquí.
   *[other] Otras { $n } formas de pagar no corresponden a este caso y no aparecen aquí.
}
summary-heading-savings = Lo que podría ahorrar en { $year } pagando con dinero antes de impuestos
savings-cost = El masaje costaría unos { $cost } al año ({ $visits } visitas).
savings-saved = Si paga con su { $account ->
    [fsa] FSA
   *[hsa] HSA
}, ahorraría unos { $saved } al año ({ $rate } % en impuestos). Es solo un cálculo aproximado.
savings-capped = Solo { $amount } se puede pagar con dinero antes de impuestos, así que el cálculo llega hasta ahí.
savings-no-new-money = Pagar con la HSA no ahorra impuestos nuevos: solo se puede gastar el dinero que ya tiene.
savings-balance-capped = La HSA tiene { $amount }, así que solo puede pagar esa parte del costo.
savings-state-left-out = Este cálculo no cuenta la tasa de impuesto estatal.
savings-old-limits = Los límites de { $this_year } todavía no se han publicado, así que este cálculo usa los de { $year }; los de { $this_year } pueden ser más altos. Pregunte en su plan.
summary-heading-dates = Fechas para recordar
summary-no-dates = Todavía no hay seguimientos con fecha.
summary-heading-calls = Llamadas a la aseguradora
summary-no-calls = Todavía no hay llamadas anotadas.
summary-call-dated = Llamada { $n } de { $total }, { $when }
summary-call = Llamada { $n } de { $total }
summary-nothing-written = No se anotó nada de esta llamada.
summary-called-on = Llamó el { $date }
summary-spoke-with = habló con { $name }
summary-reference = número de referencia { $reference }
